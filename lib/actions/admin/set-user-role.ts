'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { requestIp } from '@/lib/auth/request-context';
import { setUserRole } from '@/lib/data/admin-users';
import { setUserRoleSchema } from '@/lib/validation/admin-users';

/** Grant or revoke creator/admin; re-auth (AUTH-8), audited in the same transaction (ACCESS-5). */
export const setUserRoleAction = action(
  { schema: setUserRoleSchema, guard: 'admin', name: 'admin.setUserRole' },
  async (input) => {
    const admin = await requireRole('admin');
    await assertCurrentPassword(admin, input.currentPassword);
    await setUserRole(admin, await requestIp(), input.userId, input.role, input.reason);
    revalidatePath('/admin/users');
    return { ok: true, message: 'Admin.Users.roleChanged' };
  },
);
