'use server';

import { action } from '@/lib/actions/safe-action';
import { phoneFromInput } from '@/lib/auth/phone/phone-input';
import { requestIp } from '@/lib/auth/request-context';
import { requestSmsCode, RESEND_AFTER_S } from '@/lib/phone/request-code';
import { requestPhoneCodeSchema } from '@/lib/validation/phone';

/**
 * "Send code" on the sign-in and sign-up forms. One answer for every number we may text, with or
 * without an account (AUTH-2); limits answer RATE_LIMITED with retryAfter (ABUSE-5).
 */
export const requestPhoneCodeAction = action(
  { schema: requestPhoneCodeSchema, guard: 'public', name: 'auth.requestPhoneCode' },
  async (input, { viewer }) => {
    const locale = input.locale ?? viewer?.locale ?? 'en';
    const phone = phoneFromInput(input.phone, locale);
    await requestSmsCode({ phone, purpose: input.purpose, ip: await requestIp(), locale });
    return {
      ok: true,
      message: 'Phone.request.sent',
      data: { phone: input.phone, resendAfter: RESEND_AFTER_S },
    };
  },
);
