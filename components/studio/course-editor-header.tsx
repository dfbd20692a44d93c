import { getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import type { CourseStatus } from '@/db/schema';

import { CourseStatusBadge } from './course-status-badge';

/**
 * The back link, title and status above a course's studio pages; the section tabs themselves are
 * the layout's (app/studio/courses/[courseId]/layout.tsx).
 */
export async function CourseEditorHeader({
  title,
  status,
}: {
  title: string;
  status: CourseStatus;
}) {
  const t = await getTranslations('StudioBuilder.nav');
  return (
    <div className="grid gap-3">
      <Link href="/studio/courses" className="w-fit text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <CourseStatusBadge status={status} />
      </div>
    </div>
  );
}
