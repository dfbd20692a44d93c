'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Button } from '@/components/ui/button';
import { Moon, Sun } from '@/components/ui/icons';
import { setThemeAction } from '@/lib/actions/preferences/set-theme';
import { initialActionState } from '@/lib/actions/action-state';
import type { Theme } from '@/lib/theme';

/** Flip the class at once; the server action then stores the cookie the root layout reads. */
function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark', 'system');
  root.classList.add(theme);
}

/**
 * Two submit buttons, one per effective theme; CSS shows the one that applies (so "system" needs no
 * script to pick the icon). Works as a plain form post without JavaScript.
 */
export function ThemeToggle() {
  const t = useTranslations('Common.theme');
  const [, formAction, pending] = useActionState(setThemeAction, initialActionState);
  return (
    <form action={formAction}>
      <Button
        type="submit"
        name="theme"
        value="dark"
        variant="ghost"
        size="icon"
        disabled={pending}
        onClick={() => applyTheme('dark')}
        className="dark:hidden"
        aria-label={t('toDark')}
        title={t('toDark')}
      >
        <Moon aria-hidden />
      </Button>
      <Button
        type="submit"
        name="theme"
        value="light"
        variant="ghost"
        size="icon"
        disabled={pending}
        onClick={() => applyTheme('light')}
        className="hidden dark:inline-flex"
        aria-label={t('toLight')}
        title={t('toLight')}
      >
        <Sun aria-hidden />
      </Button>
    </form>
  );
}
