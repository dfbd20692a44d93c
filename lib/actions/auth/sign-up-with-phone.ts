'use server';

import { action } from '@/lib/actions/safe-action';
import { finishSignIn } from '@/lib/auth/finish-sign-in';
import { signUpWithPhoneCode } from '@/lib/auth/phone/code-sign-in';
import { phoneFromInput } from '@/lib/auth/phone/phone-input';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { consumeLimit } from '@/lib/rate-limit';
import { requestIp } from '@/lib/auth/request-context';
import { AppError } from '@/lib/errors';
import { phoneSignUpSchema } from '@/lib/validation/phone';

/** Name + phone + code: a phone-only account, signed in at once; 10 sign-ups per hour per IP. */
export const signUpWithPhoneAction = action(
  { schema: phoneSignUpSchema, guard: 'public', name: 'auth.signUpWithPhone' },
  async (input, { viewer }) => {
    await consumeLimit('signUpIp', await requestIp());
    const locale = input.locale ?? viewer?.locale ?? 'en';
    const phone = phoneFromInput(input.phone, locale);
    const result = await signUpWithPhoneCode({
      phone: phone.e164,
      code: input.code,
      name: input.name,
      locale,
    });
    if (!result.ok) {
      throw new AppError('BAD_REQUEST', 'Phone.errors.codeInvalid', {
        fieldErrors: { code: ['Phone.errors.codeInvalid'] },
      });
    }
    return finishSignIn(result.user, false, safeRedirect(input.callbackUrl, '/'));
  },
);
