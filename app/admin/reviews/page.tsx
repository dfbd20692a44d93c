import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';

import { CourseChanges } from '@/components/admin/course-changes';
import { CourseReviewForm } from '@/components/admin/course-review-form';
import { ReviewLessons } from '@/components/admin/review-lessons';
import { Price } from '@/components/course/price';
import { durationText } from '@/components/course/duration';
import { MarkdownContent } from '@/components/markdown';
import { EmptyState } from '@/components/ui/empty-state';
import { ClipboardCheck } from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { listCoursesInReview } from '@/lib/data/admin-reviews';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Reviews'))('metaTitle') };
}

/** Courses submitted for review, oldest first, each with what is needed to judge it and the decision. */
export default async function AdminReviewsPage() {
  const viewer = await requirePageRole('admin', '/admin/reviews');
  const [t, tReason, tCommon, format, queue] = await Promise.all([
    getTranslations('Admin.Reviews'),
    getTranslations('Enums.reviewReason'),
    getTranslations('Common'),
    getFormatter(),
    listCoursesInReview(viewer),
  ]);
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      {queue.length === 0 ? (
        <EmptyState icon={<ClipboardCheck />} title={t('empty')} />
      ) : (
        <ul className="grid gap-4">
          {queue.map((c) => (
            <li key={c.id} className="grid gap-3 rounded-lg border p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">{c.title}</h2>
                <Price money={c.price} />
              </div>
              {c.subtitle ? <p className="text-muted-foreground">{c.subtitle}</p> : null}
              <p className="text-muted-foreground text-xs">
                {t('meta', {
                  creator: c.creatorName,
                  category: c.categoryName,
                  lessons: c.lessonCount,
                  duration: durationText(tCommon, c.durationSec),
                  submitted: c.submittedAt
                    ? format.dateTime(c.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })
                    : '—',
                })}
              </p>
              <p className="text-xs">
                {t('record', { published: c.creatorPublished, rejected: c.creatorRejected })}
              </p>
              {c.previousReason || c.previousNote ? (
                <p className="text-sm">
                  {t('previousDecision', {
                    reason: c.previousReason ? tReason(c.previousReason) : '—',
                    note: c.previousNote ?? '—',
                  })}
                </p>
              ) : null}
              <section aria-label={t('changesTitle')} className="rounded-md border p-3">
                <h3 className="mb-2 text-sm font-semibold">{t('changesTitle')}</h3>
                <CourseChanges changes={c.changes} publishedBefore={c.publishedBefore} />
              </section>
              <details className="rounded-md border p-3">
                <summary className="cursor-pointer text-sm font-medium">
                  {t('readDescription')}
                </summary>
                <div className="mt-2">
                  <MarkdownContent source={c.description} />
                </div>
              </details>
              <details className="rounded-md border p-3">
                <summary className="cursor-pointer text-sm font-medium">
                  {t('openLessons', { count: c.lessonCount })}
                </summary>
                <div className="mt-2">
                  <ReviewLessons slug={c.slug} lessons={c.lessons} />
                </div>
              </details>
              <CourseReviewForm courseId={c.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
