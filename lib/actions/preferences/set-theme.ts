'use server';

import { cookies } from 'next/headers';

import { action } from '@/lib/actions/safe-action';
import { env } from '@/lib/env';
import { PREFERENCE_COOKIE_MAX_AGE, THEME_COOKIE } from '@/lib/theme';
import { setThemeSchema } from '@/lib/validation/preferences';

/** The root layout reads this cookie to put the theme class on <html> before first paint. */
export const setThemeAction = action(
  { schema: setThemeSchema, guard: 'public', name: 'preferences.setTheme' },
  async ({ theme }) => {
    (await cookies()).set(THEME_COOKIE, theme, {
      path: '/',
      maxAge: PREFERENCE_COOKIE_MAX_AGE,
      sameSite: 'lax',
      httpOnly: true,
      secure: env.NODE_ENV === 'production' && env.APP_URL.startsWith('https:'),
    });
    return { ok: true };
  },
);
