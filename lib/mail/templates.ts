import { createTranslator } from 'next-intl';

import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config';
import enAuth from '@/messages/en/Auth.json';
import zhAuth from '@/messages/zh-CN/Auth.json';

export const MAIL_TEMPLATES = [
  'verifyEmail',
  'signUpExisting',
  'resetPassword',
  'passwordChanged',
  'accountLocked',
  'emailChangeConfirm',
  'emailChangeNotice',
  'dataExportReady',
  'accountDeleted',
  'twoFactorChanged',
] as const;
export type MailTemplate = (typeof MAIL_TEMPLATES)[number];

/** Values interpolated into a template; `url` becomes the call-to-action link. */
export type MailParams = { url?: string; name?: string; minutes?: number; newEmail?: string };

export type RenderedMail = { subject: string; text: string; html: string };

const CATALOGUES: Record<Locale, typeof enAuth> = { en: enAuth, 'zh-CN': zhAuth };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text plus a minimal HTML twin; every interpolated value is escaped in the HTML. */
export function renderMail(
  template: MailTemplate,
  locale: string,
  params: MailParams,
): RenderedMail {
  const lang: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const t = createTranslator({
    locale: lang,
    messages: { Auth: CATALOGUES[lang] },
    namespace: 'Auth.mail',
  });
  const values = {
    name: params.name ?? '',
    minutes: params.minutes ?? 0,
    newEmail: params.newEmail ?? '',
  };
  const subject = t(`${template}.subject`, values);
  const body = t(`${template}.body`, values);
  const greeting = params.name ? t('greeting', { name: params.name }) : t('greetingAnonymous');
  const footer = t('footer');
  const textParts = [greeting, body];
  if (params.url) textParts.push(`${t(`${template}.action`)}: ${params.url}`);
  textParts.push(footer);
  const htmlParts = [greeting, body].map((p) => `<p>${escapeHtml(p)}</p>`);
  if (params.url) {
    htmlParts.push(
      `<p><a href="${escapeHtml(params.url)}">${escapeHtml(t(`${template}.action`))}</a></p>`,
    );
  }
  htmlParts.push(`<p style="color:#666">${escapeHtml(footer)}</p>`);
  return { subject, text: textParts.join('\n\n'), html: htmlParts.join('\n') };
}
