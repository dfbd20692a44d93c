import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import type { StudioTopCourse } from '@/lib/data/studio-dashboard';
import { formatMoney } from '@/lib/money';

export async function TopCourses({ courses }: { courses: StudioTopCourse[] }) {
  const t = await getTranslations('Studio.TopCourses');
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <Card>
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        {courses.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('empty')}</p>
        ) : (
          <ol className="grid gap-3">
            {courses.map((c, i) => (
              <li key={c.id} className="flex items-start gap-3 text-sm">
                <span
                  aria-hidden
                  className="text-muted-foreground w-5 shrink-0 text-right font-semibold tabular-nums"
                >
                  {i + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <Link
                    href={`/studio/courses/${c.id}`}
                    className="line-clamp-1 font-medium hover:underline"
                  >
                    {c.title}
                  </Link>
                  <p className="text-muted-foreground">
                    {t('students', { count: c.students })}
                    {c.completed > 0 ? ` · ${t('completed', { count: c.completed })}` : ''}
                    {c.revenue.length > 0
                      ? ` · ${format.list(
                          c.revenue.map((m) => formatMoney(m, locale)),
                          { type: 'unit' },
                        )}`
                      : ''}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
