'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { setUserStatus } from '@/lib/data/admin-users';
import { unsuspendUserSchema } from '@/lib/validation/admin-users';

/** Lifts a suspension; audited. */
export const unsuspendUserAction = action(
  { schema: unsuspendUserSchema, guard: 'admin', name: 'admin.unsuspendUser' },
  async (input) => {
    const admin = await requireRole('admin');
    await setUserStatus(admin, await requestIp(), input.userId, 'active', input.reason);
    revalidatePath('/admin/users');
    return { ok: true, message: 'Admin.Users.restored' };
  },
);
