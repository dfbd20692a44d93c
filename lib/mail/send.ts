import 'server-only';

import nodemailer, { type Transporter } from 'nodemailer';

import { markMailSent, recordMail } from '@/lib/data/mail-outbox';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import {
  renderMail,
  type MailParams,
  type MailTemplate,
  type RenderedMail,
} from '@/lib/mail/templates';

const globalForMail = globalThis as unknown as { zhishiMailer?: Transporter };

function transport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  globalForMail.zhishiMailer ??= nodemailer.createTransport(env.SMTP_URL);
  return globalForMail.zhishiMailer;
}

/** Absolute link into the app, built from APP_URL (never from request headers). */
export function appLink(path: string, query: Record<string, string> = {}): string {
  const url = new URL(path, env.APP_URL);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/**
 * Records every mail in mail_outbox, then hands it to SMTP when SMTP_URL is set. Delivery runs after
 * the caller's response is decided, so the time a request takes does not reveal whether a mail went
 * out (AUTH-2). The outbox row keeps the full text for the dev mailbox and tests.
 */
export async function sendMail(input: {
  /** Null for accounts without an email (phone or WeChat only): nothing is sent. */
  to: string | null;
  template: MailTemplate;
  locale: string;
  params?: MailParams;
}): Promise<number | null> {
  if (!input.to) return null;
  return deliverMail(
    input.to,
    input.template,
    renderMail(input.template, input.locale, input.params ?? {}),
  );
}

/** The outbox row, then SMTP when configured, for a mail already rendered (templates of other areas). */
export async function deliverMail(
  address: string,
  template: string,
  mail: RenderedMail,
): Promise<number> {
  const to = address.toLowerCase();
  const id = await recordMail({ to, template, ...mail });
  const smtp = transport();
  if (smtp) {
    void smtp
      .sendMail({
        from: env.MAIL_FROM,
        to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      })
      .then(() => markMailSent(id))
      .catch((err: unknown) => {
        logger.warn({ err: { name: (err as Error)?.name }, mailId: id }, 'mail delivery failed');
        return markMailSent(id, 'delivery failed');
      });
  }
  return id;
}
