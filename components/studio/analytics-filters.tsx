import { getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Link } from '@/components/ui/link';
import { Select } from '@/components/ui/select';
import type { AnalyticsCourse } from '@/lib/data/studio-analytics-scope';
import { cn } from '@/lib/utils';
import {
  ANALYTICS_PRESETS,
  lastDayKey,
  MAX_RANGE_DAYS,
  type AnalyticsRange,
} from '@/lib/validation/studio-analytics';

/** Builds an analytics URL (studio by default) for a course and a preset or custom window. */
export function analyticsHref(
  params: Record<string, string | number | undefined | null>,
  basePath = '/studio/analytics',
) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${basePath}?${s}` : basePath;
}

/**
 * Course picker (when given courses), 7/30/90-day presets and a custom from/to, as a plain GET form
 * and links: it works without JavaScript and every state is a bookmarkable URL. Dates are UTC days.
 */
export async function AnalyticsFilters({
  courses,
  courseId = null,
  range,
  basePath = '/studio/analytics',
}: {
  courses?: AnalyticsCourse[];
  courseId?: string | null;
  range: AnalyticsRange;
  basePath?: string;
}) {
  const t = await getTranslations('StudioAnalytics.filters');
  const from = range.from.toISOString().slice(0, 10);
  const to = lastDayKey(range);
  return (
    <div className="grid gap-3 rounded-lg border p-4">
      <nav
        aria-label={t('presets')}
        className="bg-muted inline-flex h-9 w-fit items-center gap-1 rounded-md p-1"
      >
        {ANALYTICS_PRESETS.map((days) => (
          <Link
            key={days}
            href={analyticsHref(
              { course: courseId, range: days === 30 ? undefined : days },
              basePath,
            )}
            aria-current={range.preset === days ? 'page' : undefined}
            scroll={false}
            className={cn(
              'text-muted-foreground focus-visible:outline-ring rounded-sm px-3 py-1 text-sm font-medium whitespace-nowrap focus-visible:outline-2',
              range.preset === days && 'bg-background text-foreground shadow-sm',
            )}
          >
            {t('preset', { days })}
          </Link>
        ))}
      </nav>
      <form
        action={basePath}
        method="get"
        className={cn(
          'grid gap-3 sm:items-end',
          courses
            ? 'sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_auto]'
            : 'sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]',
        )}
      >
        {courses ? (
          <div className="grid gap-1.5">
            <label htmlFor="analytics-course" className="text-sm font-medium">
              {t('course')}
            </label>
            <Select id="analytics-course" name="course" defaultValue={courseId ?? ''}>
              <option value="">{t('allCourses')}</option>
              {courses.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
        <div className="grid gap-1.5">
          <label htmlFor="analytics-from" className="text-sm font-medium">
            {t('from')}
          </label>
          <Input id="analytics-from" name="from" type="date" defaultValue={from} required />
        </div>
        <div className="grid gap-1.5">
          <label htmlFor="analytics-to" className="text-sm font-medium">
            {t('to')}
          </label>
          <Input id="analytics-to" name="to" type="date" defaultValue={to} required />
        </div>
        <Button type="submit">{t('apply')}</Button>
        <p
          className={cn(
            'text-muted-foreground text-xs',
            courses ? 'sm:col-span-4' : 'sm:col-span-3',
          )}
        >
          {t('hint', { max: MAX_RANGE_DAYS })}
        </p>
      </form>
    </div>
  );
}
