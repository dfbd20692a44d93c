'use server';

import { action } from '@/lib/actions/safe-action';
import { removeAccountFiles } from '@/lib/account/files';
import { signOut } from '@/lib/auth';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { deleteAccountData } from '@/lib/data/account-privacy';
import { sendMail } from '@/lib/mail/send';
import { deleteAccountSchema } from '@/lib/validation/account';

/** DATA-2 with AUTH-8 re-auth: anonymise, end all sessions, say goodbye to the old address. */
export const deleteAccountAction = action(
  { schema: deleteAccountSchema, guard: 'user', name: 'account.delete' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    const { imageKeys } = await deleteAccountData(viewer);
    await removeAccountFiles(imageKeys);
    await sendMail({ to: viewer.email, template: 'accountDeleted', locale: viewer.locale });
    await signOut({ redirectTo: '/?deleted=1' });
  },
);
