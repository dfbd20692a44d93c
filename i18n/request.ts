import { getRequestConfig } from 'next-intl/server';

import { loadMessages } from './messages';
import { getRequestLocale } from './request-locale';

/** Locale from the cookie the switcher sets, else Accept-Language; no URL prefix (STYLE §8). */
export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: await loadMessages(locale), timeZone: 'UTC' };
});
