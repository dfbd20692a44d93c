'use client';

import { useActionState } from 'react';

import { useLocale, useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Languages } from '@/components/ui/icons';
import { setLocaleAction } from '@/lib/actions/preferences/set-locale';
import { initialActionState } from '@/lib/actions/action-state';

/** One button that switches to the other language; a plain form post, so it works without JavaScript. */
export function LocaleSwitch({ className }: { className?: string }) {
  const t = useTranslations('Common.locale');
  const locale = useLocale();
  const target = locale === 'zh-CN' ? 'en' : 'zh-CN';
  const [, formAction, pending] = useActionState(setLocaleAction, initialActionState);
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="locale" value={target} />
      <Button
        type="submit"
        variant="ghost"
        size="sm"
        disabled={pending}
        aria-label={t('switchToLabel')}
        className="h-10"
      >
        <Languages aria-hidden />
        <span lang={target}>{t('switchTo')}</span>
      </Button>
    </form>
  );
}
