import { getFormatter, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Link } from '@/components/ui/link';
import { StarRating } from '@/components/ui/star-rating';
import type { StudioReview } from '@/lib/data/studio-dashboard';

export async function RecentReviews({ reviews }: { reviews: StudioReview[] }) {
  const t = await getTranslations('Studio.RecentReviews');
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        {reviews.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('empty')}</p>
        ) : (
          <ul className="grid gap-4">
            {reviews.map((r) => (
              <li key={r.id} className="grid gap-1 text-sm">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <StarRating value={r.rating} label={t('rated', { rating: r.rating })} />
                  <span className="font-medium">{r.reviewerName}</span>
                  <span className="text-muted-foreground">
                    {format.dateTime(new Date(r.createdAt), { dateStyle: 'medium' })}
                  </span>
                </div>
                {r.excerpt ? <p className="text-foreground">{r.excerpt}</p> : null}
                <Link
                  href={`/studio/courses/${r.courseId}`}
                  className="text-muted-foreground hover:underline"
                >
                  {r.courseTitle}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
