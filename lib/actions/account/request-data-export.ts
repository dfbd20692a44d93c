'use server';

import { action } from '@/lib/actions/safe-action';
import { createAuthToken } from '@/lib/data/auth-tokens';
import { appLink, sendMail } from '@/lib/mail/send';
import { consumeLimit } from '@/lib/rate-limit';
import { emptySchema } from '@/lib/validation/auth';

/** DATA-2: one export link a day, valid 24 h and only for the signed-in owner. */
export const requestDataExportAction = action(
  { schema: emptySchema, guard: 'user', name: 'account.requestExport' },
  async (_input, { viewer }) => {
    await consumeLimit('dataExport', viewer.id);
    const token = await createAuthToken(viewer.id, 'data_export');
    const url = appLink('/api/account/export', { token });
    await sendMail({
      to: viewer.email,
      template: 'dataExportReady',
      locale: viewer.locale,
      params: { name: viewer.name, url },
    });
    return { ok: true, message: 'Account.privacy.exportReady', data: { url } };
  },
);
