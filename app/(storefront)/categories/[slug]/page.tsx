import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLocale, getTranslations } from 'next-intl/server';

import { CatalogFilters } from '@/components/course/catalog-filters';
import { CourseResults } from '@/components/course/course-results';
import { getCategoryBySlug, listPublicCourses } from '@/lib/data/catalog';
import { parseCatalogFilters, type RawSearchParams } from '@/lib/validation/catalog';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const category = await getCategoryBySlug(slug, await getLocale());
  return category ? { title: category.name, description: category.description ?? undefined } : {};
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const [{ slug }, raw, locale, t] = await Promise.all([params, searchParams, getLocale(), getTranslations('Catalog')]);
  const category = await getCategoryBySlug(slug, locale);
  if (!category) notFound();
  const filters = parseCatalogFilters(raw);
  const result = await listPublicCourses(locale, filters, { categoryId: category.id });
  const basePath = `/categories/${category.slug}`;
  return (
    <div className="mx-auto grid max-w-7xl gap-6 px-4 py-8">
      <header className="grid gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{category.name}</h1>
        {category.description ? <p className="max-w-3xl text-muted-foreground">{category.description}</p> : null}
      </header>
      <CatalogFilters action={basePath} filters={filters} />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t('results', { count: result.total })}
      </p>
      <CourseResults result={result} filters={filters} basePath={basePath} />
    </div>
  );
}
