'use server';

import { cookies } from 'next/headers';

import { LOCALE_COOKIE } from '@/i18n/config';
import { action } from '@/lib/actions/safe-action';
import { updateViewerLocale } from '@/lib/data/preferences';
import { env } from '@/lib/env';
import { PREFERENCE_COOKIE_MAX_AGE } from '@/lib/theme';
import { setLocaleSchema } from '@/lib/validation/preferences';

/** Sets the language cookie (and the signed-in user's saved language); setting a cookie re-renders the page. */
export const setLocaleAction = action(
  { schema: setLocaleSchema, guard: 'public', name: 'preferences.setLocale' },
  async ({ locale }, { viewer }) => {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: PREFERENCE_COOKIE_MAX_AGE,
      sameSite: 'lax',
      httpOnly: true,
      secure: env.NODE_ENV === 'production' && env.APP_URL.startsWith('https:'),
    });
    if (viewer) await updateViewerLocale(viewer, locale);
    return { ok: true };
  },
);
