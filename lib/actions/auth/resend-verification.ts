'use server';

import { action } from '@/lib/actions/safe-action';
import { sendVerificationMail } from '@/lib/auth/registration';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit';
import { emptySchema } from '@/lib/validation/auth';

/** Three verification mails per hour per account (AUTH-5). */
export const resendVerificationAction = action(
  { schema: emptySchema, guard: 'user', name: 'auth.resendVerification' },
  async (_input, { viewer }) => {
    if (viewer.emailVerified) return { ok: true, message: 'Auth.verify.alreadyVerified' };
    if (!viewer.email) throw new AppError('NOT_FOUND', 'Errors.notFound');
    await consumeLimit('resendVerification', viewer.id);
    await sendVerificationMail(viewer.id, viewer.email, viewer.name, viewer.locale);
    return { ok: true, message: 'Auth.verify.sent' };
  },
);
