import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';

import { isLocale, LOCALE_COOKIE, negotiateLocale } from './config';
import { loadMessages } from './messages';

/** Locale from the cookie the switcher sets, else Accept-Language; no URL prefix (STYLE §8). */
export default getRequestConfig(async () => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(fromCookie)
    ? fromCookie
    : negotiateLocale((await headers()).get('accept-language'));
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
