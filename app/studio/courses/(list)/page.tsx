import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { PageHeader } from '@/components/dashboard/page-header';
import { CourseSearch } from '@/components/studio/course-search';
import { CourseTable } from '@/components/studio/course-table';
import { StatusFilter } from '@/components/studio/status-filter';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BookOpen, Plus } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Pagination } from '@/components/ui/pagination';
import { requirePageRole } from '@/lib/auth/guards';
import { listStudioCourses, studioCourseFilterSchema } from '@/lib/data/studio-course-list';
import { getStudioKpis } from '@/lib/data/studio-dashboard';
import { totalPages } from '@/lib/pagination';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Studio.Courses');
  return { title: t('metaTitle') };
}

export default async function StudioCoursesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('creator', '/studio/courses');
  const filter = studioCourseFilterSchema.parse(await searchParams);
  const [t, tb, tStatus, list, kpis] = await Promise.all([
    getTranslations('Studio.Courses'),
    getTranslations('StudioBuilder.list'),
    getTranslations('Enums.courseStatus'),
    listStudioCourses(viewer, filter),
    getStudioKpis(viewer),
  ]);
  const pages = totalPages(list.total, list.pageSize);
  const hrefFor = (page: number) => {
    const q = new URLSearchParams();
    if (list.status) q.set('status', list.status);
    if (filter.q) q.set('q', filter.q);
    if (page > 1) q.set('page', String(page));
    const qs = q.toString();
    return qs ? `/studio/courses?${qs}` : '/studio/courses';
  };

  return (
    <div className="grid gap-5">
      <PageHeader
        title={t('title')}
        description={t('description', { count: kpis.totalCourses })}
        actions={
          <Button asChild>
            <Link href="/studio/courses/new">
              <Plus aria-hidden />
              {tb('new')}
            </Link>
          </Button>
        }
      />
      {kpis.totalCourses > 0 ? (
        <>
          <StatusFilter
            current={list.status}
            counts={kpis.coursesByStatus}
            total={kpis.totalCourses}
          />
          <CourseSearch q={filter.q ?? null} status={list.status} />
        </>
      ) : null}
      {list.items.length === 0 && filter.q ? (
        <EmptyState icon={<BookOpen />} title={tb('noMatch', { q: filter.q })} />
      ) : list.items.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={
            list.status ? t('emptyFiltered', { status: tStatus(list.status) }) : t('empty.title')
          }
          description={list.status ? undefined : t('empty.description')}
        />
      ) : (
        <CourseTable
          items={list.items}
          caption={
            list.status ? t('captionFiltered', { status: tStatus(list.status) }) : t('caption')
          }
        />
      )}
      <Pagination
        page={list.page}
        pages={pages}
        hrefFor={hrefFor}
        labels={{
          nav: t('pagination'),
          previous: t('previous'),
          next: t('next'),
          page: (n) => t('page', { n }),
        }}
      />
    </div>
  );
}
