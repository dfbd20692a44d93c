import Link from 'next/link';

import { getTranslations } from 'next-intl/server';

import type { CourseStatus } from '@/db/schema';
import { cn } from '@/lib/utils';

import { CourseStatusBadge } from './course-status-badge';

/** Title, status and the Details / Curriculum switch shared by the course's studio pages. */
export async function CourseEditorNav({
  courseId,
  title,
  status,
  current,
}: {
  courseId: string;
  title: string;
  status: CourseStatus;
  current: 'details' | 'curriculum';
}) {
  const t = await getTranslations('StudioBuilder.nav');
  const tabs = [
    { key: 'details', href: `/studio/courses/${courseId}`, label: t('details') },
    { key: 'curriculum', href: `/studio/courses/${courseId}/curriculum`, label: t('curriculum') },
  ] as const;
  return (
    <div className="grid gap-3">
      <Link href="/studio/courses" className="w-fit text-sm underline underline-offset-4">
        {t('back')}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <CourseStatusBadge status={status} />
      </div>
      <nav aria-label={t('label')} className="border-b">
        <ul className="flex gap-1">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={tab.key === current ? 'page' : undefined}
                className={cn(
                  'focus-visible:outline-ring -mb-px inline-flex h-10 items-center border-b-2 border-transparent px-3 text-sm font-medium focus-visible:outline-2',
                  tab.key === current ? 'border-primary text-foreground' : 'text-muted-foreground',
                )}
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
