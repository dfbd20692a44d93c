import { getTranslations } from 'next-intl/server';

import { Badge } from '@/components/ui/badge';
import type { CourseStatus } from '@/db/schema';

const VARIANT: Record<
  CourseStatus,
  'success' | 'warning' | 'secondary' | 'destructive' | 'outline'
> = {
  published: 'success',
  in_review: 'warning',
  draft: 'secondary',
  rejected: 'destructive',
  archived: 'outline',
};

export async function CourseStatusBadge({ status }: { status: CourseStatus }) {
  const t = await getTranslations('Enums.courseStatus');
  return <Badge variant={VARIANT[status]}>{t(status)}</Badge>;
}
