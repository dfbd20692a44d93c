'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CircleCheck, Circle } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { initialActionState } from '@/lib/actions/action-state';
import { moveCourseStatusAction } from '@/lib/actions/studio/move-course-status';
import { submitCourseReviewAction } from '@/lib/actions/studio/submit-course-review';
import type { PublishCheck, PublishState } from '@/lib/data/studio-publishing';

const ALL_CHECKS: PublishCheck[] = ['title', 'description', 'cover', 'lesson', 'price'];

function fixHref(courseId: string, check: PublishCheck): string | null {
  if (check === 'lesson') return `/studio/courses/${courseId}/curriculum`;
  if (check === 'title') return '#editor-title';
  if (check === 'description') return '#editor-description';
  if (check === 'cover') return '#course-cover';
  return null;
}

/** Status, the moderator's note, the publishing checklist and the moves open from this status. */
export function PublishPanel({ courseId, state }: { courseId: string; state: PublishState }) {
  const t = useTranslations('StudioBuilder.publish');
  const tReason = useTranslations('Enums.reviewReason');
  const msg = useMessage();
  const [submitState, submitAction, submitting] = useActionState(
    submitCourseReviewAction,
    initialActionState,
  );
  const [moveState, moveAction, moving] = useActionState(
    moveCourseStatusAction,
    initialActionState,
  );
  const { status, missing } = state;
  const canSubmit = status === 'draft' || status === 'rejected';
  const result = submitState.ok !== null ? submitState : moveState;

  return (
    <section aria-labelledby="publish-title" className="grid gap-4 rounded-lg border p-4">
      <h2 id="publish-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-muted-foreground text-sm">{t(`explain.${status}`)}</p>
      {status === 'rejected' && (state.moderationReason || state.moderationNote) ? (
        <Alert variant="info">
          <AlertTitle>{t('moderatorNote')}</AlertTitle>
          {state.moderationReason ? (
            <p className="font-medium">
              {t('reason', { reason: tReason(state.moderationReason) })}
            </p>
          ) : null}
          {state.moderationNote ? (
            <p className="whitespace-pre-line">{state.moderationNote}</p>
          ) : null}
        </Alert>
      ) : null}
      {canSubmit ? (
        <ul className="grid gap-2" aria-label={t('checklist')}>
          {ALL_CHECKS.map((check) => {
            const ok = !missing.includes(check);
            const href = fixHref(courseId, check);
            return (
              <li key={check} className="flex items-start gap-2 text-sm">
                {ok ? (
                  <CircleCheck className="text-success mt-0.5 size-4" aria-hidden />
                ) : (
                  <Circle className="text-muted-foreground mt-0.5 size-4" aria-hidden />
                )}
                <span>
                  <span className="sr-only">{ok ? t('done') : t('todo')} </span>
                  {t(`checks.${check}`)}
                  {!ok && href ? (
                    <>
                      {' '}
                      <Link href={href} className="text-primary underline underline-offset-4">
                        {t('fix')}
                      </Link>
                    </>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {result.ok === false && result.formError ? (
        <Alert variant="destructive">{msg(result.formError)}</Alert>
      ) : result.ok === true && result.message ? (
        <Alert variant="success" role="status">
          {msg(result.message)}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {canSubmit ? (
          <form action={submitAction}>
            <input type="hidden" name="courseId" value={courseId} />
            <Button type="submit" disabled={submitting}>
              {status === 'rejected'
                ? t('resubmit')
                : state.publishesDirectly
                  ? t('publishNow')
                  : t('submit')}
            </Button>
          </form>
        ) : null}
        {status === 'published' || status === 'in_review' || status === 'archived' ? (
          <form action={moveAction}>
            <input type="hidden" name="courseId" value={courseId} />
            <input type="hidden" name="move" value="unpublish" />
            <Button type="submit" variant="outline" disabled={moving}>
              {status === 'archived' ? t('restore') : t('unpublish')}
            </Button>
          </form>
        ) : null}
        {status === 'published' ? (
          <form action={moveAction}>
            <input type="hidden" name="courseId" value={courseId} />
            <input type="hidden" name="move" value="archive" />
            <Button type="submit" variant="outline" disabled={moving}>
              {t('archive')}
            </Button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
