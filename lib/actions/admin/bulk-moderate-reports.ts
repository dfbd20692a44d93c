'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { moderateReportedTargets } from '@/lib/data/admin-report-actions';
import { bulkModerateReportsSchema } from '@/lib/validation/admin-reports';

/** Dismisses or hides the selected reported things, each with its own audit row. */
export const bulkModerateReportsAction = action(
  { schema: bulkModerateReportsSchema, guard: 'admin', name: 'admin.bulkModerateReports' },
  async (input) => {
    const admin = await requireRole('admin');
    const result = await moderateReportedTargets(admin, await requestIp(), input);
    revalidatePath('/', 'layout');
    return { ok: true, message: 'AdminReports.bulk.done', data: result };
  },
);
