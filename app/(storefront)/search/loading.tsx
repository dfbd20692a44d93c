import { getTranslations } from 'next-intl/server';

import { ListingPageSkeleton } from '@/components/course/course-skeletons';

export default async function Loading() {
  const t = await getTranslations('Common');
  return <ListingPageSkeleton label={t('loading')} />;
}
