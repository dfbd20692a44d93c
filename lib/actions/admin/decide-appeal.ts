'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { decideAppeal } from '@/lib/data/admin-report-actions';
import { decideAppealSchema } from '@/lib/validation/admin-reports';

/** Upholds or reverses an appealed moderation decision; reversing restores the content. Audited. */
export const decideAppealAction = action(
  { schema: decideAppealSchema, guard: 'admin', name: 'admin.decideAppeal' },
  async (input) => {
    const admin = await requireRole('admin');
    await decideAppeal(admin, await requestIp(), input);
    revalidatePath('/', 'layout');
    return { ok: true, message: `AdminReports.appeals.${input.outcome}` };
  },
);
