import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the analytics page while its aggregates load: filters, six figures, charts. */
export default function StudioAnalyticsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-32" />
      <div className="grid grid-cols-2 gap-4 xl:grid-cols-3">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-28" />
        ))}
      </div>
      <Skeleton className="h-80" />
      <div className="grid gap-4 lg:grid-cols-2">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
    </div>
  );
}
