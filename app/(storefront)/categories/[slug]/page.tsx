import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLocale, getTranslations } from 'next-intl/server';

import { CatalogFilters } from '@/components/course/catalog-filters';
import { CourseResults } from '@/components/course/course-results';
import { getCategoryBySlug, listPublicCourses } from '@/lib/data/catalog';
import {
  parseCatalogFilters,
  type CatalogFilters as Filters,
  type RawSearchParams,
} from '@/lib/validation/catalog';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategoryBySlug(slug, await getLocale());
  return category ? { title: category.name, description: category.description ?? undefined } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw, locale] = await Promise.all([params, searchParams, getLocale()]);
  const category = await getCategoryBySlug(slug, locale);
  // Thrown before anything is sent, so the response status is a real 404.
  if (!category) notFound();
  const filters = parseCatalogFilters(raw);
  const basePath = `/categories/${category.slug}`;
  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8">
      <header className="grid gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{category.name}</h1>
        {category.description ? (
          <p className="text-muted-foreground max-w-3xl">{category.description}</p>
        ) : null}
      </header>
      <CatalogFilters action={basePath} filters={filters} />
      {/* With the page, not behind a Suspense fallback: the first cover is the largest paint (CODE_STYLE). */}
      <CategoryResults
        locale={locale}
        filters={filters}
        categoryId={category.id}
        basePath={basePath}
      />
    </div>
  );
}

async function CategoryResults(props: {
  locale: string;
  filters: Filters;
  categoryId: string;
  basePath: string;
}) {
  const [t, result] = await Promise.all([
    getTranslations('Catalog'),
    listPublicCourses(props.locale, props.filters, { categoryId: props.categoryId }),
  ]);
  return (
    <>
      <p className="text-muted-foreground text-sm" aria-live="polite">
        {t('results', { count: result.total })}
      </p>
      <CourseResults result={result} filters={props.filters} basePath={props.basePath} />
    </>
  );
}
