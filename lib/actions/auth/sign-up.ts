'use server';

import { action } from '@/lib/actions/safe-action';
import { registerWithPassword } from '@/lib/auth/registration';
import { requestIp } from '@/lib/auth/request-context';
import { consumeLimit } from '@/lib/rate-limit';
import { signUpSchema } from '@/lib/validation/auth';

/** Same answer for a new and a taken address (AUTH-2); 10 sign-ups per hour per IP (AUTH-5). */
export const signUpAction = action(
  { schema: signUpSchema, guard: 'public', name: 'auth.signUp' },
  async (input, { viewer }) => {
    await consumeLimit('signUpIp', await requestIp());
    await registerWithPassword({
      name: input.name,
      email: input.email,
      password: input.password,
      locale: input.locale ?? viewer?.locale ?? 'en',
    });
    return { ok: true, message: 'Auth.signUp.checkInbox' };
  },
);
