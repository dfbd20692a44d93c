import { Skeleton } from '@/components/ui/skeleton';

export default function StudioCoursesLoading() {
  return (
    <div className="grid gap-5" aria-busy="true">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-9 w-full max-w-xl" />
      <div className="grid gap-2">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} className="h-14" />
        ))}
      </div>
    </div>
  );
}
