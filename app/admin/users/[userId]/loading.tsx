import { Skeleton } from '@/components/ui/skeleton';

/** Shape of a user's page while it loads: heading, profile, actions, then the lists. */
export default function AdminUserDetailLoading() {
  return (
    <div className="grid max-w-5xl gap-8" aria-busy="true">
      <Skeleton className="h-8 w-64" />
      <Skeleton className="h-48" />
      <Skeleton className="h-40" />
      <Skeleton className="h-56" />
      <Skeleton className="h-56" />
    </div>
  );
}
