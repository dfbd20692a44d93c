import { createTranslator } from 'next-intl';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config';
import enPhone from '@/messages/en/Phone.json';
import zhPhone from '@/messages/zh-CN/Phone.json';

export const SMS_TEMPLATES = ['code', 'signUpExisting', 'numberChanged'] as const;
export type SmsTemplate = (typeof SMS_TEMPLATES)[number];

const CATALOGUES: Record<Locale, typeof enPhone> = {
  en: enPhone,
  'zh-CN': zhPhone,
};

/** Short plain text (one SMS segment where possible); the code is the only dynamic part. */
export function renderSms(
  template: SmsTemplate,
  locale: string,
  params: { code?: string; minutes?: number } = {},
): string {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({
    locale: lang,
    messages: { Phone: CATALOGUES[lang] },
    namespace: 'Phone.sms',
  });
  return t(template, { code: params.code ?? '', minutes: params.minutes ?? 5 });
}
