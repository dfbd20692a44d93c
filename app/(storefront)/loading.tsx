import { getTranslations } from 'next-intl/server';

import { CourseGridSkeleton } from '@/components/course/course-skeletons';
import { Skeleton } from '@/components/ui/skeleton';

export default async function HomeLoading() {
  const t = await getTranslations('Common');
  return (
    <div role="status" aria-label={t('loading')}>
      <div className="border-b">
        <div className="mx-auto grid max-w-7xl gap-4 px-4 py-16">
          <Skeleton className="h-12 w-3/4 max-w-2xl" />
          <Skeleton className="h-6 w-2/3 max-w-xl" />
          <Skeleton className="h-11 w-40" />
        </div>
      </div>
      <div className="mx-auto grid max-w-7xl gap-6 px-4 py-10">
        <Skeleton className="h-7 w-48" />
        <CourseGridSkeleton />
      </div>
    </div>
  );
}
