'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { CircleCheck } from '@/components/ui/icons';
import { completeLessonAction } from '@/lib/actions/learning/complete-lesson';
import { initialActionState } from '@/lib/actions/action-state';

/** "Mark complete" as a plain form (works without JavaScript); once done it stays done. */
export function CompleteButton({ lessonId, completed }: { lessonId: string; completed: boolean }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(completeLessonAction, initialActionState);
  const done = completed || state.ok === true;
  if (done) {
    return (
      <p className="text-primary flex items-center gap-2 text-sm font-medium" role="status">
        <CircleCheck aria-hidden className="size-4" />
        {t('Learn.completed')}
      </p>
    );
  }
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="lessonId" value={lessonId} />
      <Button type="submit" disabled={pending}>
        {pending ? t('Learn.saving') : t('Learn.markComplete')}
      </Button>
      {state.ok === false ? (
        <Alert variant="destructive">{t(state.formError ?? 'Errors.generic')}</Alert>
      ) : null}
    </form>
  );
}
