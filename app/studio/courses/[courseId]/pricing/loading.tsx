import { Skeleton } from '@/components/ui/skeleton';

export default function StudioPricingLoading() {
  return (
    <div className="grid max-w-3xl gap-5" aria-busy="true">
      <Skeleton className="h-8 w-60" />
      <Skeleton className="h-80 w-full" />
    </div>
  );
}
