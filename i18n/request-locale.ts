import { cookies, headers } from 'next/headers';

import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from './config';

/** The request's locale: the cookie the switcher sets, else Accept-Language (STYLE §8). */
export async function getRequestLocale(): Promise<Locale> {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(fromCookie)
    ? fromCookie
    : negotiateLocale((await headers()).get('accept-language'));
}
