import { getFormatter, getTranslations } from 'next-intl/server';

import { Progress } from '@/components/ui/progress';
import type { StudentRow } from '@/lib/data/studio-students';

/** Learners with course, dates and progress; the email column exists only when it is allowed. */
export async function StudentsTable({
  items,
  showEmails,
}: {
  items: StudentRow[];
  showEmails: boolean;
}) {
  const t = await getTranslations('StudioAnalytics.students');
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-muted/50 text-left">
          <tr>
            <th scope="col" className="p-3">
              {t('columns.name')}
            </th>
            {showEmails ? (
              <th scope="col" className="p-3">
                {t('columns.email')}
              </th>
            ) : null}
            <th scope="col" className="p-3">
              {t('columns.course')}
            </th>
            <th scope="col" className="p-3 whitespace-nowrap">
              {t('columns.enrolled')}
            </th>
            <th scope="col" className="p-3">
              {t('columns.progress')}
            </th>
            <th scope="col" className="p-3 whitespace-nowrap">
              {t('columns.lastActivity')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {items.map((s) => (
            <tr key={s.enrollmentId}>
              <th scope="row" className="p-3 text-left font-medium">
                {s.name}
              </th>
              {showEmails ? <td className="p-3 break-all">{s.email ?? '—'}</td> : null}
              <td className="p-3">{s.courseTitle}</td>
              <td className="p-3 whitespace-nowrap">{date(s.enrolledAt)}</td>
              <td className="p-3">
                <div className="flex min-w-28 items-center gap-2">
                  <Progress
                    value={s.progressPercent}
                    label={t('progressLabel', { name: s.name })}
                    className="w-20"
                  />
                  <span className="tabular-nums">
                    {format.number(s.progressPercent / 100, { style: 'percent' })}
                  </span>
                </div>
              </td>
              <td className="p-3 whitespace-nowrap">{date(s.lastActivityAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
