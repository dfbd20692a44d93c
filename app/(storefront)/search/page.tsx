import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { CatalogFilters } from '@/components/course/catalog-filters';
import { CourseResults } from '@/components/course/course-results';
import { TrackEvent } from '@/components/events/track-event';
import { SearchBox } from '@/components/layout/search-box';
import { EmptyState } from '@/components/ui/empty-state';
import { Search as SearchIcon } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { listCategories } from '@/lib/data/catalog';
import { searchCourses } from '@/lib/data/search';
import { parseSearchFilters, type RawSearchParams } from '@/lib/validation/catalog';

type Props = { searchParams: Promise<RawSearchParams> };

/** Example queries in both languages; they show that Chinese search works. */
const SUGGESTIONS = ['Python', 'React', '机器学习', '摄影', 'Marketing', '理财'];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Search');
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const [raw, locale, t] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations('Search'),
  ]);
  const filters = parseSearchFilters(raw);
  const query = filters.q ?? '';
  const [result, categories] = await Promise.all([
    searchCourses(locale, filters),
    listCategories(locale),
  ]);

  const suggestions = (
    <div className="grid gap-4 text-left">
      <div className="grid gap-2">
        <p className="text-sm font-semibold">{t('suggestions')}</p>
        <ul className="flex flex-wrap gap-2">
          {SUGGESTIONS.map((s) => (
            <li key={s}>
              <Link
                href={`/search?q=${encodeURIComponent(s)}`}
                className="hover:bg-muted inline-block rounded-full border px-3 py-1 text-sm"
              >
                {s}
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <div className="grid gap-2">
        <p className="text-sm font-semibold">{t('browseCategories')}</p>
        <ul className="flex flex-wrap gap-2">
          {categories.map((c) => (
            <li key={c.slug}>
              <Link
                href={`/categories/${c.slug}`}
                className="hover:bg-muted inline-block rounded-full border px-3 py-1 text-sm"
              >
                {c.name}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );

  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8">
      <h1 className="text-2xl font-bold sm:text-3xl">
        {query ? t('resultsFor', { count: result.total, query }) : t('title')}
      </h1>
      <SearchBox defaultValue={query} id="search-page-q" className="max-w-2xl" />
      {query ? (
        <>
          {/* Only the result count is recorded, never the query text (DATA-1). */}
          <TrackEvent event={{ type: 'search', value: result.total }} />
          <CatalogFilters action="/search" filters={filters} withRelevance />
          <CourseResults
            result={result}
            filters={filters}
            basePath="/search"
            empty={
              <EmptyState
                icon={<SearchIcon />}
                title={t('emptyTitle', { query })}
                description={t('emptyBody')}
                action={suggestions}
              />
            }
          />
        </>
      ) : (
        <EmptyState
          icon={<SearchIcon />}
          title={t('promptTitle')}
          description={t('promptBody')}
          action={suggestions}
        />
      )}
    </div>
  );
}
