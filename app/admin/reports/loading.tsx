import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the report queue while it loads: header, tabs, filters, a few rows. */
export default function AdminReportsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-10 w-64" />
      <Skeleton className="h-16" />
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} className="h-48" />
      ))}
    </div>
  );
}
