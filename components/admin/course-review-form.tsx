'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { decideCourseReviewAction } from '@/lib/actions/admin/decide-course-review';
import { COURSE_REVIEW_REASONS } from '@/lib/course-review-reasons';

/** Approve, or reject with a reason from the list and a note, both shown to the creator. */
export function CourseReviewForm({ courseId }: { courseId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(decideCourseReviewAction, initialActionState);
  if (state.ok === true)
    return <Alert role="status">{t(state.message ?? 'StudioBuilder.review.approved')}</Alert>;
  const errorOf = (field: 'reason' | 'note') => {
    const key = state.ok === false ? state.fieldErrors?.[field]?.[0] : undefined;
    return key ? t(key) : undefined;
  };
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="courseId" value={courseId} />
      <div className="grid gap-3 sm:grid-cols-[18rem_1fr]">
        <FormField
          id={`review-reason-${courseId}`}
          label={t('Admin.Reviews.reasonLabel')}
          hint={t('Admin.Reviews.reasonHint')}
          error={errorOf('reason')}
        >
          {(control) => (
            <Select {...control} name="reason" defaultValue="">
              <option value="">{t('Admin.Reviews.reasonPick')}</option>
              {COURSE_REVIEW_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`Enums.reviewReason.${r}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField
          id={`review-note-${courseId}`}
          label={t('Admin.Reviews.noteLabel')}
          hint={t('Admin.Reviews.noteHint')}
          error={errorOf('note')}
        >
          {(control) => <Textarea {...control} name="note" maxLength={1000} rows={3} />}
        </FormField>
      </div>
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
