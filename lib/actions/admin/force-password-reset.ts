'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { forcePasswordReset } from '@/lib/data/admin-users';
import { forcePasswordResetSchema } from '@/lib/validation/admin-users';

/** Ends the user's sessions and mails a reset link; sign-in needs the reset first (AUTH-4), audited. */
export const forcePasswordResetAction = action(
  { schema: forcePasswordResetSchema, guard: 'admin', name: 'admin.forcePasswordReset' },
  async (input) => {
    const admin = await requireRole('admin');
    await forcePasswordReset(admin, await requestIp(), input.userId, input.reason);
    revalidatePath(`/admin/users/${input.userId}`);
    return { ok: true, message: 'AdminUserDetail.resetForced' };
  },
);
