import { Skeleton } from '@/components/ui/skeleton';

/** Shape of the students page while the list loads: header, filters, table rows. */
export default function StudioStudentsLoading() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-24" />
      <div className="grid gap-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-12" />
        ))}
      </div>
    </div>
  );
}
