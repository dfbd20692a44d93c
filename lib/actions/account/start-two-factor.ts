'use server';

import { beginTotpEnrolment, type TotpEnrolment } from '@/lib/account/two-factor';
import { action } from '@/lib/actions/safe-action';
import { emptySchema } from '@/lib/validation/auth';

/** Shows a QR code for a new, not yet active secret. */
export const startTwoFactorAction = action<typeof emptySchema, 'user', TotpEnrolment>(
  { schema: emptySchema, guard: 'user', name: 'account.startTwoFactor' },
  async (_input, { viewer }) => ({ ok: true, data: await beginTotpEnrolment(viewer) }),
);
