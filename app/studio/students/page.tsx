import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { PageHeader } from '@/components/dashboard/page-header';
import { StudentsFilters } from '@/components/studio/students-filters';
import { StudentsTable } from '@/components/studio/students-table';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Download, Users } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { requirePageRole } from '@/lib/auth/guards';
import { listAnalyticsCourses } from '@/lib/data/studio-analytics-scope';
import { listStudioStudents } from '@/lib/data/studio-students';
import { isAppError } from '@/lib/errors';
import { totalPages } from '@/lib/pagination';
import { firstValues, studentsQuerySchema } from '@/lib/validation/studio-analytics';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('StudioAnalytics.students');
  return { title: t('title') };
}

function studentsHref(params: { course?: string; q?: string; page?: number }, csv = false) {
  const q = new URLSearchParams();
  if (params.course) q.set('course', params.course);
  if (params.q) q.set('q', params.q);
  if (params.page && params.page > 1) q.set('page', String(params.page));
  const base = csv ? '/api/studio/students.csv' : '/studio/students';
  return q.size ? `${base}?${q}` : base;
}

/** Learners on the creator's own courses: filter by course, search by name, paginated, CSV. */
export default async function StudioStudentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('creator', '/studio/students');
  const [t, tAll] = await Promise.all([
    getTranslations('StudioAnalytics.students'),
    getTranslations(),
  ]);
  const parsed = studentsQuerySchema.safeParse(firstValues(await searchParams));
  const query = parsed.success ? parsed.data : {};
  const queryError = parsed.success ? null : (parsed.error.issues[0]?.message ?? '');
  const [courses, list] = await Promise.all([
    listAnalyticsCourses(viewer),
    listStudioStudents(viewer, query).catch((err: unknown) => {
      if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
      throw err;
    }),
  ]);
  const pages = totalPages(list.total, list.pageSize);
  const filtered = !!(query.course || query.q);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t('title')}
        description={t('description', { count: list.total })}
        actions={
          <a
            href={studentsHref({ course: query.course, q: query.q }, true)}
            download
            className={buttonVariants({ variant: 'outline', size: 'sm' })}
          >
            <Download aria-hidden />
            {t('downloadCsv')}
          </a>
        }
      />
      <StudentsFilters courses={courses} course={query.course} q={query.q} />
      {queryError ? (
        <Alert variant="destructive">
          {tAll.has(queryError) ? tAll(queryError) : tAll('Errors.invalidQuery')}
        </Alert>
      ) : null}
      {!list.showEmails ? (
        <p className="text-muted-foreground text-xs">{t('emailsHidden')}</p>
      ) : null}
      {list.items.length === 0 ? (
        <EmptyState
          icon={<Users />}
          title={filtered ? t('noMatch') : t('empty.title')}
          description={filtered ? undefined : t('empty.description')}
        />
      ) : (
        <>
          <StudentsTable items={list.items} showEmails={list.showEmails} />
          <Pagination
            page={list.page}
            pages={pages}
            hrefFor={(page) => studentsHref({ course: query.course, q: query.q, page })}
            labels={{
              nav: t('pagination.nav'),
              previous: t('pagination.previous'),
              next: t('pagination.next'),
              page: (n) => t('pagination.page', { page: n }),
            }}
          />
        </>
      )}
    </div>
  );
}
