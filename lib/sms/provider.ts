import type { Env } from '@/lib/env';

/** What every SMS provider is handed: the rendered text, and the code alone for template-only APIs. */
export type SmsMessage = { to: string; text: string; template: string; code?: string };

/** The one sending interface (lib/sms/send.ts picks the implementation from env.SMS_PROVIDER). */
export type SmsProvider = { name: string; send(message: SmsMessage): Promise<void> };

export type SmsProviderEnv = Pick<
  Env,
  'SMS_PROVIDER_KEY_ID' | 'SMS_PROVIDER_SECRET' | 'SMS_SENDER' | 'SMS_TEMPLATE_ID' | 'SMS_APP_ID'
>;

export function required(value: string | undefined, name: string): string {
  if (!value) throw new Error(`SMS provider misconfigured: ${name} is not set`);
  return value;
}

/**
 * Alibaba and Tencent deliver only pre-approved templates with parameters, so they carry the code
 * template alone; notices (someone tried to sign up, number changed) stay in the outbox log there.
 */
export function templateOnlyCode(message: SmsMessage): string | null {
  return message.template === 'code' && message.code ? message.code : null;
}
