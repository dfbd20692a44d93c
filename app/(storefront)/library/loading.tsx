import { getTranslations } from 'next-intl/server';

import { CourseGridSkeleton } from '@/components/course/course-skeletons';
import { Skeleton } from '@/components/ui/skeleton';

export default async function LibraryLoading() {
  const t = await getTranslations('Common');
  return (
    <div role="status" aria-label={t('loading')} className="mx-auto grid max-w-7xl gap-6 px-4 py-8">
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-5 w-64" />
      <CourseGridSkeleton count={6} />
    </div>
  );
}
