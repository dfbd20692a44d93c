'use client';

import { useActionState, useId } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { reportContentAction } from '@/lib/actions/moderation/report-content';
import { replyReviewAction } from '@/lib/actions/reviews/reply-review';

/** "Report" on one review: a one-button form (works without JavaScript); ids stay unique per row. */
export function ReportReviewButton({ reviewId }: { reviewId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(reportContentAction, initialActionState);
  if (state.ok === true) {
    return (
      <p role="status" className="text-muted-foreground text-xs">
        {t('Course.review.reported')}
      </p>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="targetType" value="review" />
      <input type="hidden" name="targetId" value={reviewId} />
      <input type="hidden" name="reason" value="other" />
      <Button
        type="submit"
        variant="link"
        size="sm"
        className="h-auto px-0 text-xs"
        disabled={pending}
      >
        {t('Course.review.report')}
      </Button>
      {state.ok === false ? (
        <p role="alert" className="text-destructive text-xs">
          {t(state.formError ?? 'Errors.generic')}
        </p>
      ) : null}
    </form>
  );
}

/** The course's creator answers a review once. */
export function ReplyReviewForm({ reviewId }: { reviewId: string }) {
  const t = useTranslations();
  const id = useId();
  const [state, formAction, pending] = useActionState(replyReviewAction, initialActionState);
  if (state.ok === true) {
    return (
      <p role="status" className="text-success text-sm">
        {t('Course.review.replied')}
      </p>
    );
  }
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="reviewId" value={reviewId} />
      <label htmlFor={id} className="text-sm font-medium">
        {t('Course.review.replyLabel')}
      </label>
      <Textarea id={id} name="body" rows={2} maxLength={5000} required />
      {state.ok === false ? (
        <p role="alert" className="text-destructive text-xs">
          {t(state.formError ?? 'Errors.generic')}
        </p>
      ) : null}
      <Button type="submit" size="sm" variant="outline" className="w-fit" disabled={pending}>
        {t('Course.review.replySubmit')}
      </Button>
    </form>
  );
}
