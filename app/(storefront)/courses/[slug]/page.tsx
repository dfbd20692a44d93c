import { cache, Suspense } from 'react';

import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';

import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { CourseCover } from '@/components/course/course-cover';
import { CourseReviews, type ReviewViewer } from '@/components/course/course-reviews';
import { Curriculum } from '@/components/course/curriculum';
import { durationText } from '@/components/course/duration';
import { PriceBox } from '@/components/course/price-box';
import { ReviewEditor } from '@/components/course/review-editor';
import { WishlistHeart } from '@/components/course/wishlist-heart';
import { TrackEvent } from '@/components/events/track-event';
import { Rating } from '@/components/course/rating';
import { MarkdownContent } from '@/components/markdown';
import { RecsRail } from '@/components/recs/recs-rail';
import { Alert } from '@/components/ui/alert';
import { Check, Globe, Signal } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { Skeleton } from '@/components/ui/skeleton';
import { JsonLd } from '@/components/seo/json-ld';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { getViewer } from '@/lib/auth/guards';
import { getCouponPreview } from '@/lib/data/coupons';
import { getRefundRuleNote } from '@/lib/data/refund-rule';
import {
  getCourseForStorefront,
  getCourseReviews,
  type CourseDetail,
} from '@/lib/data/course-page';
import { findRenamedCourseSlug } from '@/lib/data/studio-course-editor';
import type { Money } from '@/lib/money';
import { choosePrice } from '@/lib/pricing';
import { courseJsonLd } from '@/lib/seo/course-json-ld';
import { courseMetadata, coursePageUrl } from '@/lib/seo/course-metadata';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One read per request, shared by the metadata and the page. */
const loadCourse = cache(async (slug: string) => {
  const [viewer, locale] = await Promise.all([getViewer(), getLocale()]);
  return { viewer, course: await getCourseForStorefront(slug, viewer, locale) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { course } = await loadCourse((await params).slug);
  if (!course) return {};
  // Previews of unpublished courses must never be indexed (ACCESS-6).
  if (course.isPreview) return { title: course.title, robots: { index: false, follow: false } };
  return courseMetadata(course, (await getTranslations('Common'))('appName'));
}

export default async function CoursePage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const { viewer, course } = await loadCourse(slug);
  // Not found, not public, or deleted: the same 404 for everyone but the owner and admins (ACCESS-6).
  // Thrown before any Suspense boundary, so the status is a real 404 and not a streamed 200.
  if (!course) {
    // An old slug of a renamed course answers with a permanent redirect (308) to the new one.
    const renamed = await findRenamedCourseSlug(slug);
    if (renamed) permanentRedirect(`/courses/${renamed}`);
    notFound();
  }
  const [t, tc, te, tr, format, nonce, refundRule] = await Promise.all([
    getTranslations('Course'),
    getTranslations('Common'),
    getTranslations('Enums'),
    getTranslations('Recs'),
    getFormatter(),
    headers().then((h) => h.get('x-nonce') ?? undefined),
    course.price.amountMinor > 0 ? getRefundRuleNote(viewer, course.id) : Promise.resolve(null),
  ]);
  const sectionCount = course.curriculum.length;
  // A course sold in USD and CNY shows the one the visitor picked (`?currency=`), or their locale's.
  const currency = typeof query.currency === 'string' ? query.currency : undefined;
  const price = choosePrice(course.prices, currency, await getLocale());
  const coupon = await loadCouponPreview(course, price, viewer?.id ?? null, query.coupon);

  return (
    <>
      <section className="bg-muted/50 border-b">
        <div className="mx-auto max-w-7xl px-4 py-8 lg:py-12">
          <div className="grid content-start gap-3 lg:max-w-[calc(100%-24.5rem)]">
            {course.isPreview ? <Alert variant="info">{t('previewNotice')}</Alert> : null}
            <Link
              href={`/categories/${course.category.slug}`}
              className="text-primary w-fit text-sm font-medium hover:underline"
            >
              {course.category.name}
            </Link>
            <h1 className="text-2xl font-extrabold tracking-tight text-balance sm:text-4xl">
              {course.title}
            </h1>
            {course.subtitle ? (
              <p className="text-muted-foreground text-base sm:text-lg">{course.subtitle}</p>
            ) : null}
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <Rating average={course.rating.average} count={course.rating.count} />
              <span>{tc('learners', { count: course.enrollmentCount })}</span>
            </div>
            <p className="text-sm">
              {course.creator.slug ? (
                <Link
                  href={`/creators/${course.creator.slug}`}
                  className="text-primary font-medium hover:underline"
                >
                  {t('by', { name: course.creator.name })}
                </Link>
              ) : (
                t('by', { name: course.creator.name })
              )}
            </p>
            <ul className="text-muted-foreground flex flex-wrap gap-x-5 gap-y-1 text-sm">
              <li>
                {t('lastUpdated', {
                  date: format.dateTime(course.updatedAt, { year: 'numeric', month: 'long' }),
                })}
              </li>
              <li className="flex items-center gap-1.5">
                <Globe aria-hidden className="size-4" />
                <span className="sr-only">{t('languageLabel')}:</span>
                {te(`language.${course.language}`)}
              </li>
              <li className="flex items-center gap-1.5">
                <Signal aria-hidden className="size-4" />
                <span className="sr-only">{t('levelLabel')}:</span>
                {te(`level.${course.level}`)}
              </li>
            </ul>
          </div>
        </div>
      </section>

      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-8 lg:grid-cols-[1fr_22rem] lg:py-10">
        {/* First in the DOM so phones see the price right after the title; on desktop it floats up beside the hero. */}
        <aside className="bg-card grid self-start overflow-hidden rounded-lg border shadow-sm lg:sticky lg:top-20 lg:col-start-2 lg:row-start-1 lg:-mt-56">
          <CourseCover src={course.coverUrl} priority />
          <PriceBox
            course={course}
            price={price}
            signedIn={!!viewer}
            refundRule={refundRule}
            coupon={coupon}
          />
          {course.isPreview ? null : (
            <div className="px-5 pb-5">
              <WishlistHeart
                courseId={course.id}
                returnTo={`/courses/${course.slug}`}
                variant="full"
              />
            </div>
          )}
        </aside>
        <div className="grid min-w-0 content-start gap-10 lg:col-start-1 lg:row-start-1">
          {course.outcomes.length > 0 ? (
            <section aria-labelledby="outcomes" className="grid gap-4 rounded-lg border p-5">
              <h2 id="outcomes" className="text-xl font-bold">
                {t('outcomesTitle')}
              </h2>
              <ul className="grid gap-2 sm:grid-cols-2">
                {course.outcomes.map((outcome) => (
                  <li key={outcome} className="flex gap-2 text-sm">
                    <Check aria-hidden className="text-success mt-0.5 size-4 shrink-0" />
                    {outcome}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="curriculum" className="render-when-visible grid gap-3">
            <h2 id="curriculum" className="text-xl font-bold">
              {t('curriculumTitle')}
            </h2>
            <p className="text-muted-foreground text-sm">
              {t('curriculumSummary', {
                sections: sectionCount,
                lessons: course.lessonCount,
                duration: durationText((key, values) => tc(key, values), course.durationSec),
              })}
            </p>
            <Curriculum sections={course.curriculum} courseSlug={course.slug} />
          </section>

          <section aria-labelledby="description" className="render-when-visible grid gap-3">
            <h2 id="description" className="text-xl font-bold">
              {t('descriptionTitle')}
            </h2>
            <MarkdownContent source={course.description} />
          </section>

          <section aria-labelledby="reviews" className="render-when-visible grid gap-4">
            <h2 id="reviews" className="text-xl font-bold">
              {t('reviewsTitle')}
            </h2>
            {course.enrollment && viewer && viewer.id !== course.creatorId ? (
              <ReviewEditor courseId={course.id} userId={viewer.id} />
            ) : null}
            <Suspense fallback={<Skeleton className="h-40 w-full" />}>
              <ReviewsBlock
                courseId={course.id}
                average={course.rating.average}
                count={course.rating.count}
                viewer={{ signedIn: !!viewer, isCourseOwner: viewer?.id === course.creatorId }}
              />
            </Suspense>
          </section>
        </div>
      </div>

      {course.isPreview ? null : (
        <>
          <TrackEvent event={{ type: 'view', courseId: course.id }} />
          <JsonLd
            data={courseJsonLd(course, coursePageUrl(course.slug), tc('appName'))}
            nonce={nonce}
          />
        </>
      )}
      {course.isPreview ? null : (
        <div className="mx-auto max-w-7xl px-4 pb-6">
          <RecsRail
            source={{ kind: 'similar', courseId: course.id }}
            title={tr('similarTitle')}
            limit={8}
            hideWhenEmpty
          />
        </div>
      )}
    </>
  );
}

/**
 * `?coupon=CODE`: the server prices the discount (PAY-2). Refused guesses count per user, or per
 * client IP when signed out, so the page cannot be used to try codes at scale.
 */
async function loadCouponPreview(
  course: CourseDetail,
  price: Money,
  viewerId: string | null,
  raw: string | string[] | undefined,
) {
  if (typeof raw !== 'string' || !raw.trim() || price.amountMinor === 0) return null;
  if (course.enrollment || course.isPreview) return null;
  const limitKey = viewerId ?? `ip:${clientIpFrom(await headers())}`;
  return getCouponPreview({ ...course, price }, raw, limitKey);
}

/** Reviews stream in after the rest of the page. */
async function ReviewsBlock({
  courseId,
  average,
  count,
  viewer,
}: {
  courseId: string;
  average: number | null;
  count: number;
  viewer: ReviewViewer;
}) {
  const summary = await getCourseReviews(courseId);
  return <CourseReviews summary={summary} average={average} count={count} viewer={viewer} />;
}
