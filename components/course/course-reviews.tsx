import { useFormatter, useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import { StarRating } from '@/components/ui/star-rating';
import type { ReviewSummary } from '@/lib/data/course-page';

import { Rating } from './rating';
import { ReplyReviewForm, ReportReviewButton } from './review-actions';

export type ReviewViewer = { signedIn: boolean; isCourseOwner: boolean };

/** Rating distribution bars and the newest reviews. Review text is rendered as plain text (WEB-1). */
export function CourseReviews({
  summary,
  average,
  count,
  viewer = { signedIn: false, isCourseOwner: false },
}: {
  summary: ReviewSummary;
  average: number | null;
  count: number;
  viewer?: ReviewViewer;
}) {
  const t = useTranslations('Course');
  const tc = useTranslations('Common');
  const format = useFormatter();
  const total = Object.values(summary.distribution).reduce((a, b) => a + b, 0);
  if (total === 0 && summary.items.length === 0) {
    return <p className="text-muted-foreground text-sm">{t('noReviews')}</p>;
  }
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <div className="grid content-start gap-3">
        <Rating average={average} count={count} size="md" />
        <ul aria-label={t('distributionLabel')} className="grid gap-1.5">
          {([5, 4, 3, 2, 1] as const).map((stars) => {
            const percent = total ? Math.round((summary.distribution[stars] / total) * 100) : 0;
            return (
              <li key={stars} className="flex items-center gap-2 text-sm">
                <span className="sr-only">{t('starsShare', { stars, percent })}</span>
                <span aria-hidden className="text-muted-foreground w-14 shrink-0 whitespace-nowrap">
                  {t('starsRow', { stars })}
                </span>
                <span aria-hidden className="bg-muted h-2 flex-1 overflow-hidden rounded-full">
                  <span
                    className="bg-star block h-full rounded-full"
                    style={{ width: `${percent}%` }}
                  />
                </span>
                <span
                  aria-hidden
                  className="text-muted-foreground w-9 shrink-0 text-right tabular-nums"
                >
                  {percent}%
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <ul className="grid content-start gap-4">
        {summary.items.map((review) => (
          <li key={review.id} className="grid gap-1.5 border-b pb-4 last:border-b-0">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-semibold">{review.authorName}</span>
              <StarRating
                value={review.rating}
                label={tc('ratingLabel', { rating: review.rating })}
              />
              <time dateTime={review.createdAt.toISOString()} className="text-muted-foreground">
                {format.dateTime(review.createdAt, { dateStyle: 'medium' })}
              </time>
              {review.verifiedPurchase ? (
                <Badge variant="success">{t('review.verified')}</Badge>
              ) : null}
            </div>
            {review.body ? <p className="text-sm whitespace-pre-line">{review.body}</p> : null}
            {review.creatorReply ? (
              <div className="bg-muted mt-1 rounded-md p-3 text-sm">
                <p className="font-medium">{t('creatorReply')}</p>
                <p className="text-muted-foreground whitespace-pre-line">{review.creatorReply}</p>
              </div>
            ) : viewer.isCourseOwner ? (
              <ReplyReviewForm reviewId={review.id} />
            ) : null}
            {viewer.signedIn && !viewer.isCourseOwner ? (
              <ReportReviewButton reviewId={review.id} />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
