import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getLocale, getTranslations } from 'next-intl/server';

import { CourseResults } from '@/components/course/course-results';
import { MarkdownContent } from '@/components/markdown';
import { Avatar } from '@/components/ui/avatar';
import { listPublicCourses } from '@/lib/data/catalog';
import { getPublicCreator } from '@/lib/data/creators';
import {
  parseCatalogFilters,
  type CatalogFilters,
  type RawSearchParams,
} from '@/lib/validation/catalog';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const creator = await getPublicCreator((await params).slug);
  return creator ? { title: creator.displayName, description: creator.headline ?? undefined } : {};
}

export default async function CreatorPage({ params, searchParams }: Props) {
  const [{ slug }, raw, locale, tc] = await Promise.all([
    params,
    searchParams,
    getLocale(),
    getTranslations('Common'),
  ]);
  const creator = await getPublicCreator(slug);
  // Before anything is sent, so the status is a real 404.
  if (!creator) notFound();
  const filters = parseCatalogFilters(raw);
  return (
    <div className="mx-auto grid max-w-7xl gap-8 px-4 py-8">
      <header className="flex flex-col gap-4 sm:flex-row sm:items-center">
        <Avatar name={creator.displayName} src={creator.avatarUrl} className="size-20 text-xl" />
        <div className="grid gap-1">
          <h1 className="text-2xl font-bold sm:text-3xl">{creator.displayName}</h1>
          {creator.headline ? <p className="text-muted-foreground">{creator.headline}</p> : null}
          <p className="text-muted-foreground text-sm">
            {tc('courses', { count: creator.courseCount })} ·{' '}
            {tc('learners', { count: creator.learnerCount })}
          </p>
        </div>
      </header>
      {creator.bio ? <MarkdownContent source={creator.bio} className="max-w-3xl" /> : null}
      {/* With the page, not behind a Suspense fallback (CODE_STYLE). */}
      <CreatorCourses
        locale={locale}
        filters={filters}
        creatorId={creator.userId}
        basePath={`/creators/${creator.slug}`}
      />
    </div>
  );
}

async function CreatorCourses(props: {
  locale: string;
  filters: CatalogFilters;
  creatorId: string;
  basePath: string;
}) {
  const result = await listPublicCourses(props.locale, props.filters, {
    creatorId: props.creatorId,
  });
  return <CourseResults result={result} filters={props.filters} basePath={props.basePath} />;
}
