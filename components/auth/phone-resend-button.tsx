'use client';

import { useEffect, useState } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';

/**
 * "Send code" with a countdown (ABUSE-5). Progressive enhancement: without JavaScript it is a plain
 * submit button and the server's per-phone limit still answers "try again in N s".
 */
export function PhoneResendButton({
  formAction,
  waitSeconds,
  sent,
  pending,
  stamp,
}: {
  formAction: (formData: FormData) => void;
  waitSeconds: number;
  sent: boolean;
  pending: boolean;
  /** Changes on every answer, so the same wait restarts the countdown. */
  stamp: unknown;
}) {
  const t = useTranslations('Phone.request');
  const [remaining, setRemaining] = useState(0);
  useEffect(() => {
    if (waitSeconds <= 0) return;
    const until = Date.now() + waitSeconds * 1000;
    const tick = () => setRemaining(Math.max(0, Math.ceil((until - Date.now()) / 1000)));
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [waitSeconds, stamp]);
  const counting = remaining > 0;
  return (
    <Button
      type="submit"
      variant="outline"
      formAction={formAction}
      formNoValidate
      disabled={pending || counting}
      aria-disabled={pending || counting}
      data-testid="send-code"
    >
      {pending
        ? t('pending')
        : counting
          ? t('resendIn', { seconds: remaining })
          : sent
            ? t('resend')
            : t('send')}
    </Button>
  );
}
