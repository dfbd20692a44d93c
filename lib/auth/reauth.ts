import 'server-only';

import { verifyPassword } from '@/lib/auth/password';
import type { Viewer } from '@/lib/auth/viewer';
import { unsafeFindCredentialsById } from '@/lib/data/auth-users';
import { AppError } from '@/lib/errors';
import { consumeLimit, resetLimit } from '@/lib/rate-limit';

/**
 * AUTH-8: sensitive changes (email, password, deletion, two-factor, role grants) need the current
 * password, checked here with its own limit of 5 wrong tries per 15 minutes per user.
 */
export async function assertCurrentPassword(viewer: Viewer, password: string): Promise<void> {
  await consumeLimit('reauth', viewer.id);
  const user = await unsafeFindCredentialsById(viewer.id);
  if (!user?.passwordHash) {
    throw new AppError('BAD_REQUEST', 'Validation.passwordNotSet', {
      fieldErrors: { currentPassword: ['Validation.passwordNotSet'] },
    });
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw new AppError('BAD_REQUEST', 'Validation.currentPasswordWrong', {
      fieldErrors: { currentPassword: ['Validation.currentPasswordWrong'] },
    });
  }
  await resetLimit('reauth', viewer.id);
}
