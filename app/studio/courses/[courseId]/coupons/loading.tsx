import { Skeleton } from '@/components/ui/skeleton';

export default function StudioCouponsLoading() {
  return (
    <div className="grid max-w-4xl gap-5" aria-busy="true">
      <Skeleton className="h-8 w-60" />
      <Skeleton className="h-72 w-full" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-28" />
      ))}
    </div>
  );
}
