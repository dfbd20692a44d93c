import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the refunds page while it loads: header, tabs, then three request cards. */
export default function AdminRefundsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-9 w-72" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-56" />
      ))}
    </div>
  );
}
