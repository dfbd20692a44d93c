'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { setUserStatus } from '@/lib/data/admin-users';
import { suspendUserSchema } from '@/lib/validation/admin-users';

/** Suspends a user: their sessions stop on the next request (session version bump), audited. */
export const suspendUserAction = action(
  { schema: suspendUserSchema, guard: 'admin', name: 'admin.suspendUser' },
  async (input) => {
    const admin = await requireRole('admin');
    await setUserStatus(admin, await requestIp(), input.userId, 'suspended', input.reason);
    revalidatePath('/admin/users');
    return { ok: true, message: 'Admin.Users.suspended' };
  },
);
