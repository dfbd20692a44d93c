'use client';

import { useActionState, useEffect } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { toast } from '@/components/ui/use-toast';
import { enrolFreeAction } from '@/lib/actions/learning/enrol-free';
import { initialActionState } from '@/lib/actions/action-state';

/** Free enrolment through the server action; a plain form post without JavaScript. */
export function EnrolButton({ courseId }: { courseId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(enrolFreeAction, initialActionState);
  useEffect(() => {
    if (state.ok === true) toast({ title: t('Course.enrolled'), variant: 'success' });
  }, [state, t]);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? t('Course.price.enrolling') : t('Course.price.enrolFree')}
      </Button>
      {state.ok === false ? (
        <Alert variant="destructive">{t(state.formError ?? 'Errors.generic')}</Alert>
      ) : null}
    </form>
  );
}
