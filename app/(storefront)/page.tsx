import { Suspense } from 'react';

import { getLocale, getTranslations } from 'next-intl/server';

import { CategoryTiles } from '@/components/course/category-tiles';
import { CourseRow } from '@/components/course/course-grid';
import { CourseGridSkeleton } from '@/components/course/course-skeletons';
import { RecsRail } from '@/components/recs/recs-rail';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { BookOpen } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { getViewer } from '@/lib/auth/guards';
import { listCategories, listHomeRows } from '@/lib/data/catalog';
import { personaliseHome } from '@/lib/data/interest-home';

export default async function HomePage() {
  const [t, tr, ti, locale, viewer] = await Promise.all([
    getTranslations('Home'),
    getTranslations('Recs'),
    getTranslations('InterestModel'),
    getLocale(),
    getViewer(),
  ]);
  // Signed-in learners see categories in their predicted order; everyone else the editors' order.
  const { categories, topRow } = await personaliseHome(
    viewer,
    await listCategories(locale),
    locale,
  );
  return (
    <>
      <section className="from-brand-50 via-background to-background dark:from-brand-700/25 border-b bg-gradient-to-br">
        <div className="mx-auto grid max-w-7xl gap-6 px-4 py-12 sm:py-16 lg:py-20">
          <h1 className="max-w-3xl text-3xl font-extrabold tracking-tight text-balance sm:text-5xl">
            {t('heroTitle')}
          </h1>
          <p className="text-muted-foreground max-w-2xl text-base sm:text-lg">
            {t('heroSubtitle')}
          </p>
          <div className="flex flex-wrap gap-3">
            <Button asChild size="lg">
              <Link href="#categories">{t('heroCta')}</Link>
            </Button>
            <Button asChild size="lg" variant="outline">
              <Link href="/studio">{t('heroSecondary')}</Link>
            </Button>
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-7xl gap-12 px-4 py-10">
        {categories.length > 0 ? (
          <section
            id="categories"
            aria-labelledby="categories-title"
            className="grid scroll-mt-24 gap-4"
          >
            <h2 id="categories-title" className="text-xl font-bold sm:text-2xl">
              {t('categoriesTitle')}
            </h2>
            <CategoryTiles categories={categories} />
          </section>
        ) : null}

        {topRow ? (
          <CourseRow
            id="row-because-you-like"
            title={ti('becauseYouLike', { category: topRow.category.name })}
            courses={topRow.courses}
          />
        ) : null}
        {viewer ? (
          <RecsRail source={{ kind: 'me' }} title={tr('forYouTitle')} hideWhenEmpty />
        ) : null}
        <Suspense fallback={<CourseGridSkeleton />}>
          <HomeRows locale={locale} />
        </Suspense>
      </div>
    </>
  );
}

async function HomeRows({ locale }: { locale: string }) {
  const [t, rows] = await Promise.all([getTranslations('Home'), listHomeRows(locale)]);
  if (rows.popular.length === 0) {
    return <EmptyState icon={<BookOpen />} title={t('emptyTitle')} description={t('emptyBody')} />;
  }
  return (
    <>
      <CourseRow id="row-featured" title={t('featured')} courses={rows.featured} />
      <CourseRow id="row-popular" title={t('popular')} courses={rows.popular} />
      <CourseRow id="row-newest" title={t('newest')} courses={rows.newest} />
    </>
  );
}
