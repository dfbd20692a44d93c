import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { deleteReviewAction } from '@/lib/actions/reviews/delete-review';
import { saveReviewAction } from '@/lib/actions/reviews/save-review';
import { getOwnReview } from '@/lib/data/reviews';

/** The enrolled learner's own review: write it, edit it or delete it (plain forms on server actions). */
export async function ReviewEditor({ courseId, userId }: { courseId: string; userId: string }) {
  const [t, own] = await Promise.all([
    getTranslations('Course.review'),
    getOwnReview(userId, courseId),
  ]);
  const stars = [5, 4, 3, 2, 1].map((n) => ({ value: String(n), label: t('stars', { count: n }) }));
  return (
    <section aria-labelledby="your-review" className="bg-muted/40 grid gap-3 rounded-lg border p-4">
      <h3 id="your-review" className="font-semibold">
        {own ? t('editTitle') : t('writeTitle')}
      </h3>
      <ActionForm
        action={saveReviewAction}
        submitLabel={own ? t('update') : t('submit')}
        pendingLabel={t('saving')}
        fields={[
          { name: 'courseId', label: '', type: 'hidden', defaultValue: courseId },
          {
            name: 'rating',
            label: t('ratingLabel'),
            type: 'select',
            options: stars,
            defaultValue: String(own?.rating ?? 5),
          },
          {
            name: 'body',
            label: t('bodyLabel'),
            type: 'textarea',
            maxLength: 5000,
            defaultValue: own?.body ?? '',
          },
        ]}
      />
      {own ? (
        <ActionForm
          action={deleteReviewAction}
          submitLabel={t('delete')}
          variant="outline"
          fields={[{ name: 'courseId', label: '', type: 'hidden', defaultValue: courseId }]}
        />
      ) : null}
    </section>
  );
}
