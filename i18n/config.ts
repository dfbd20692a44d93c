export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/**
 * Message catalogues are split by top-level namespace (messages/<locale>/<Namespace>.json) so each
 * area owns its file. tests/i18n-keys.test.ts keeps en and zh-CN in step.
 */
export const NAMESPACES = [
  'Common',
  'Nav',
  'Enums',
  'Errors',
  'Validation',
  'Home',
  'Catalog',
  'Course',
  'Learn',
  'Library',
  'Search',
  'Checkout',
  'Orders',
  'Auth',
  'Account',
  'Studio',
  'StudioBuilder',
  'Admin',
  'Recs',
  'Dev',
  'Phone',
  'StudioAnalytics',
  'StudioPricing',
  'StudioMedia',
  'StudioSuggest',
  'ConversionModel',
  'AdminReports',
  'Appeals',
  'AdminUserDetail',
  'AdminAnalytics',
  'AdminMoney',
  'InterestModel',
] as const;

export function isLocale(value: string | undefined | null): value is Locale {
  return !!value && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header. */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const wanted = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return DEFAULT_LOCALE;
}
