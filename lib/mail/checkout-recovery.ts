import { createTranslator } from 'next-intl';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config';
import type { RenderedMail } from '@/lib/mail/templates';
import en from '@/messages/en/ConversionModel.json';
import zh from '@/messages/zh-CN/ConversionModel.json';

const CATALOGUES: Record<Locale, typeof en> = { en, 'zh-CN': zh };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The reminder for an unfinished checkout: a link back to the course and a working unsubscribe link. */
export function renderCheckoutRecoveryMail(
  locale: string,
  params: { name: string; course: string; courseUrl: string; unsubscribeUrl: string },
): RenderedMail {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({
    locale: lang,
    messages: { ConversionModel: CATALOGUES[lang] },
    namespace: 'ConversionModel.mail',
  });
  const subject = t('subject', { course: params.course });
  const greeting = t('greeting', { name: params.name });
  const body = t('body', { course: params.course });
  const action = t('action');
  const unsubscribe = t('unsubscribe', { url: params.unsubscribeUrl });
  const text = [greeting, body, `${action}: ${params.courseUrl}`, unsubscribe].join('\n\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body)}</p>`,
    `<p><a href="${escapeHtml(params.courseUrl)}">${escapeHtml(action)}</a></p>`,
    `<p style="color:#666">${escapeHtml(t('unsubscribe', { url: '' })).trim()} <a href="${escapeHtml(params.unsubscribeUrl)}">${escapeHtml(params.unsubscribeUrl)}</a></p>`,
  ].join('\n');
  return { subject, text, html };
}
