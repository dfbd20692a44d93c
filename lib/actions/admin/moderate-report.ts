'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { moderateReportedTarget } from '@/lib/data/admin-report-actions';
import { moderateReportSchema } from '@/lib/validation/admin-reports';

/** Dismisses, hides, removes, warns or suspends on one reported thing; audited (ACCESS-5). */
export const moderateReportAction = action(
  { schema: moderateReportSchema, guard: 'admin', name: 'admin.moderateReport' },
  async (input) => {
    const admin = await requireRole('admin');
    await moderateReportedTarget(admin, await requestIp(), input);
    revalidatePath('/', 'layout');
    return { ok: true, message: `AdminReports.done.${input.action}` };
  },
);
