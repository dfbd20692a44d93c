import { getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import type { AnalyticsCourse } from '@/lib/data/studio-analytics-scope';

/** Course filter and name search as a plain GET form, so it works without JavaScript. */
export async function StudentsFilters({
  courses,
  course,
  q,
}: {
  courses: AnalyticsCourse[];
  course?: string;
  q?: string;
}) {
  const t = await getTranslations('StudioAnalytics.students.filters');
  return (
    <form
      action="/studio/students"
      method="get"
      role="search"
      className="grid gap-3 rounded-lg border p-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-end"
    >
      <div className="grid gap-1.5">
        <label htmlFor="students-course" className="text-sm font-medium">
          {t('course')}
        </label>
        <Select id="students-course" name="course" defaultValue={course ?? ''}>
          <option value="">{t('allCourses')}</option>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <label htmlFor="students-q" className="text-sm font-medium">
          {t('search')}
        </label>
        <Input id="students-q" name="q" type="search" maxLength={100} defaultValue={q ?? ''} />
      </div>
      <Button type="submit">{t('apply')}</Button>
    </form>
  );
}
