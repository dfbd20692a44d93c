import type { Env } from '@/lib/env';
import type { SmsProvider } from '@/lib/sms/provider';
import { aliyunProvider } from '@/lib/sms/providers/aliyun';
import { tencentProvider } from '@/lib/sms/providers/tencent';
import { twilioProvider } from '@/lib/sms/providers/twilio';

/** The provider named by SMS_PROVIDER; null means the outbox is the only destination (development, demo, tests). */
export function smsProviderFor(
  e: Pick<Env, 'SMS_PROVIDER'> & Parameters<typeof twilioProvider>[0],
): SmsProvider | null {
  switch (e.SMS_PROVIDER) {
    case 'twilio':
      return twilioProvider(e);
    case 'aliyun':
      return aliyunProvider(e);
    case 'tencent':
      return tencentProvider(e);
    default:
      return null;
  }
}
