'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { decideCourseReviewAction } from '@/lib/actions/admin/decide-course-review';

/** Approve, or reject with a note the creator sees in the studio (required for a rejection). */
export function CourseReviewForm({ courseId }: { courseId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(decideCourseReviewAction, initialActionState);
  if (state.ok === true)
    return <Alert role="status">{t(state.message ?? 'StudioBuilder.review.approved')}</Alert>;
  const error = state.ok === false ? state.fieldErrors?.note?.[0] : undefined;
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="courseId" value={courseId} />
      <FormField
        id={`review-note-${courseId}`}
        label={t('Admin.Reviews.noteLabel')}
        hint={t('Admin.Reviews.noteHint')}
        error={error ? t(error) : undefined}
      >
        {(control) => <Textarea {...control} name="note" maxLength={1000} />}
      </FormField>
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t('Admin.Reviews.approve')}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="outline" disabled={pending}>
          {t('Admin.Reviews.reject')}
        </Button>
      </div>
    </form>
  );
}
