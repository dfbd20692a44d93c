import { getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import { COURSE_STATUSES, type CourseStatus } from '@/db/schema';
import { cn } from '@/lib/utils';

/** Status filter as links (?status=): works without JavaScript, keeps the URL shareable. */
export async function StatusFilter({
  current,
  counts,
  total,
}: {
  current: CourseStatus | null;
  counts: Record<CourseStatus, number>;
  total: number;
}) {
  const t = await getTranslations('Studio.Courses');
  const tStatus = await getTranslations('Enums.courseStatus');
  const options: { status: CourseStatus | null; label: string; n: number }[] = [
    { status: null, label: t('allStatuses'), n: total },
    ...COURSE_STATUSES.map((s) => ({ status: s, label: tStatus(s), n: counts[s] })),
  ];
  return (
    <nav aria-label={t('filterLabel')} className="-mx-1 overflow-x-auto pb-1">
      <ul className="flex w-max gap-1 px-1">
        {options.map((o) => (
          <li key={o.status ?? 'all'}>
            <Link
              href={o.status ? `/studio/courses?status=${o.status}` : '/studio/courses'}
              aria-current={o.status === current ? 'page' : undefined}
              className={cn(
                'hover:bg-muted focus-visible:outline-ring inline-flex h-9 items-center gap-2 rounded-full border px-3 text-sm whitespace-nowrap focus-visible:outline-2',
                o.status === current &&
                  'border-primary bg-primary text-primary-foreground hover:bg-primary/90',
              )}
            >
              {o.label}
              <span className="tabular-nums opacity-80">{o.n}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
