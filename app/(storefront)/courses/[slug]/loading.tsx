import { getTranslations } from 'next-intl/server';

import { Skeleton } from '@/components/ui/skeleton';

export default async function CourseLoading() {
  const t = await getTranslations('Common');
  return (
    <div role="status" aria-label={t('loading')}>
      <div className="border-b bg-muted/50">
        <div className="mx-auto grid max-w-7xl gap-6 px-4 py-10 lg:grid-cols-[1fr_22rem]">
          <div className="grid content-start gap-3">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-10 w-4/5" />
            <Skeleton className="h-6 w-3/5" />
            <Skeleton className="h-4 w-1/3" />
          </div>
          <Skeleton className="aspect-video w-full" />
        </div>
      </div>
      <div className="mx-auto grid max-w-7xl gap-4 px-4 py-10 lg:grid-cols-[1fr_22rem]">
        <div className="grid gap-3">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-12 w-full" />
          ))}
        </div>
      </div>
    </div>
  );
}
