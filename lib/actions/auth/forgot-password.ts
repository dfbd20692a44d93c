'use server';

import { action } from '@/lib/actions/safe-action';
import { requestPasswordReset } from '@/lib/auth/registration';
import { requestIp } from '@/lib/auth/request-context';
import { consumeLimit } from '@/lib/rate-limit';
import { forgotPasswordSchema } from '@/lib/validation/auth';

/** Always "if an account exists, we sent a link" (AUTH-2); 3/hour per email, 20/hour per IP (AUTH-5). */
export const forgotPasswordAction = action(
  { schema: forgotPasswordSchema, guard: 'public', name: 'auth.forgotPassword' },
  async ({ email }) => {
    await consumeLimit('forgotPasswordIp', await requestIp());
    await consumeLimit('forgotPasswordEmail', email);
    await requestPasswordReset(email);
    return { ok: true, message: 'Auth.forgot.sent' };
  },
);
