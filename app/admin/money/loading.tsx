import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the money page while it loads: header, filters, two currency cards, the balances. */
export default function AdminMoneyLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-28" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-48" />
        <Skeleton className="h-48" />
      </div>
      <Skeleton className="h-80" />
    </div>
  );
}
