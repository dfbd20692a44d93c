'use server';

import { action } from '@/lib/actions/safe-action';
import { finishSignIn } from '@/lib/auth/finish-sign-in';
import { signInWithPhoneCode } from '@/lib/auth/phone/code-sign-in';
import { phoneFromInput } from '@/lib/auth/phone/phone-input';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { AppError } from '@/lib/errors';
import { phoneSignInSchema } from '@/lib/validation/phone';

/** Phone + SMS code sign-in; a wrong code and an unknown number answer alike (AUTH-2, AUTH-9). */
export const signInWithPhoneAction = action(
  { schema: phoneSignInSchema, guard: 'public', name: 'auth.signInWithPhone' },
  async (input) => {
    const phone = phoneFromInput(input.phone, input.locale);
    const result = await signInWithPhoneCode(phone.e164, input.code);
    if (!result.ok) {
      throw new AppError('BAD_REQUEST', 'Phone.errors.codeInvalid', {
        fieldErrors: { code: ['Phone.errors.codeInvalid'] },
      });
    }
    return finishSignIn(result.user, result.twoFactor, safeRedirect(input.callbackUrl, '/'));
  },
);
