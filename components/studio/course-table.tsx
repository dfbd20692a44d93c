import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { Link } from '@/components/ui/link';
import type { StudioCourseRow } from '@/lib/data/studio-course-list';
import { formatMoney } from '@/lib/money';

import { CourseRowActions } from './course-row-actions';
import { CourseStatusBadge } from './course-status-badge';

/** The creator's courses: a table from md up, stacked cards on phones (no sideways scrolling). */
export async function CourseTable({
  items,
  caption,
}: {
  items: StudioCourseRow[];
  caption: string;
}) {
  const t = await getTranslations('Studio.CourseTable');
  const tb = await getTranslations('StudioBuilder.list');
  const format = await getFormatter();
  const locale = await getLocale();
  const price = (c: StudioCourseRow) =>
    c.price.amountMinor === 0 ? t('free') : formatMoney(c.price, locale);
  const rating = (c: StudioCourseRow) =>
    c.rating.average === null
      ? t('noRatings')
      : t('rating', {
          average: format.number(c.rating.average, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
          count: c.rating.count,
        });
  const updated = (c: StudioCourseRow) =>
    format.dateTime(new Date(c.updatedAt), { dateStyle: 'medium' });
  const href = (c: StudioCourseRow) => `/studio/courses/${c.id}`;

  return (
    <>
      <div className="hidden overflow-hidden rounded-lg border md:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-muted/60 text-muted-foreground">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">
                {t('title')}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t('status')}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                {t('price')}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                {t('students')}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t('ratingHeader')}
              </th>
              <th scope="col" className="px-4 py-3 font-medium">
                {t('updated')}
              </th>
              <th scope="col" className="px-4 py-3 text-right font-medium">
                <span className="sr-only">{tb('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} className="hover:bg-muted/40 border-t">
                <th scope="row" className="max-w-xs px-4 py-3 font-medium">
                  <Link
                    href={href(c)}
                    className="focus-visible:outline-ring line-clamp-2 rounded-sm hover:underline focus-visible:outline-2"
                  >
                    {c.title}
                  </Link>
                </th>
                <td className="px-4 py-3">
                  <CourseStatusBadge status={c.status} />
                </td>
                <td className="px-4 py-3 text-right tabular-nums">{price(c)}</td>
                <td className="px-4 py-3 text-right tabular-nums">{format.number(c.students)}</td>
                <td className="text-muted-foreground px-4 py-3">{rating(c)}</td>
                <td className="text-muted-foreground px-4 py-3 whitespace-nowrap">{updated(c)}</td>
                <td className="px-2 py-2">
                  <CourseRowActions courseId={c.id} title={c.title} status={c.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="grid gap-3 md:hidden" aria-label={caption}>
        {items.map((c) => (
          <li key={c.id} className="rounded-lg border p-4">
            <div className="flex items-start justify-between gap-3">
              <Link
                href={href(c)}
                className="focus-visible:outline-ring font-medium hover:underline focus-visible:outline-2"
              >
                {c.title}
              </Link>
              <CourseStatusBadge status={c.status} />
            </div>
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted-foreground">{t('price')}</dt>
              <dd className="text-right tabular-nums">{price(c)}</dd>
              <dt className="text-muted-foreground">{t('students')}</dt>
              <dd className="text-right tabular-nums">{format.number(c.students)}</dd>
              <dt className="text-muted-foreground">{t('ratingHeader')}</dt>
              <dd className="text-right">{rating(c)}</dd>
              <dt className="text-muted-foreground">{t('updated')}</dt>
              <dd className="text-right">{updated(c)}</dd>
            </dl>
            <div className="mt-2">
              <CourseRowActions courseId={c.id} title={c.title} status={c.status} />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
