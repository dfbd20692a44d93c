import 'server-only';

import { markSmsSent, recordSms } from '@/lib/data/sms-outbox';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { smsProviderFor } from '@/lib/sms/providers';
import { renderSms, type SmsTemplate } from '@/lib/sms/templates';

const log = logger.child({ area: 'sms' });

/**
 * The one way an SMS leaves the app: recorded in sms_outbox (the body only in development and test),
 * then handed to the configured provider after the caller's answer is decided, so response time does
 * not tell whether a message went out (AUTH-2). Callers check limits and policy first (ABUSE-5).
 */
export async function sendSms(input: {
  to: string;
  template: SmsTemplate;
  locale: string;
  code?: string;
}): Promise<number> {
  const text = renderSms(input.template, input.locale, { code: input.code });
  const provider = smsProviderFor(env);
  const id = await recordSms({
    to: input.to,
    template: input.template,
    body: text,
    provider: provider?.name ?? 'outbox',
  });
  if (provider) {
    void provider
      .send({ to: input.to, text, template: input.template, code: input.code })
      .then(() => markSmsSent(id))
      .catch((err: unknown) => {
        log.warn({ err: { name: (err as Error)?.name }, smsId: id }, 'sms delivery failed');
        return markSmsSent(id, 'delivery failed');
      });
  }
  return id;
}
