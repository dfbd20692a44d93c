import { useTranslations } from 'next-intl';

import { SearchX } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { EmptyState } from '@/components/ui/empty-state';
import type { CoursePage } from '@/lib/data/catalog';
import { totalPages } from '@/lib/pagination';
import { filtersToQuery, type SearchFilters } from '@/lib/validation/catalog';

import { CourseGrid } from './course-grid';

/** Result grid + count + paging links for a filtered listing (category, search, creator). */
export function CourseResults({
  result,
  filters,
  basePath,
  empty,
}: {
  result: CoursePage;
  filters: SearchFilters;
  basePath: string;
  empty?: React.ReactNode;
}) {
  const t = useTranslations('Catalog');
  const pages = totalPages(result.total, result.pageSize);
  if (result.items.length === 0) {
    return (
      empty ?? (
        <EmptyState icon={<SearchX />} title={t('emptyTitle')} description={t('emptyBody')} />
      )
    );
  }
  return (
    <section aria-labelledby="results-title" className="grid gap-6">
      {/* Keeps the outline h1 → h2 → h3 (card titles) for screen readers and Lighthouse. */}
      <h2 id="results-title" className="sr-only">
        {t('resultsTitle')}
      </h2>
      <CourseGrid courses={result.items} />
      <Pagination
        page={result.page}
        pages={pages}
        hrefFor={(page) => `${basePath}${filtersToQuery(filters, { page })}`}
        labels={{
          nav: t('pagination.nav'),
          previous: t('pagination.previous'),
          next: t('pagination.next'),
          page: (page) => t('pagination.page', { page }),
        }}
      />
    </section>
  );
}
