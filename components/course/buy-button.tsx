'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { startCheckoutAction } from '@/lib/actions/payments/start-checkout';

/** "Buy now": posts only the course id; the server prices it and redirects to checkout (PAY-1). */
export function BuyButton({ courseId, describedBy }: { courseId: string; describedBy?: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(startCheckoutAction, initialActionState);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      <Button
        type="submit"
        size="lg"
        className="w-full"
        disabled={pending}
        aria-describedby={describedBy}
      >
        {pending ? t('Course.price.buying') : t('Course.price.buy')}
      </Button>
      {state.ok === false ? (
        <Alert variant="destructive">{t(state.formError ?? 'Errors.generic')}</Alert>
      ) : null}
    </form>
  );
}
