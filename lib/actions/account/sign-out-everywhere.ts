'use server';

import { action } from '@/lib/actions/safe-action';
import { signOut } from '@/lib/auth';
import { bumpSessionVersion } from '@/lib/data/auth-users';
import { emptySchema } from '@/lib/validation/auth';

/** AUTH-4: every session of this user, this one included, stops working. */
export const signOutEverywhereAction = action(
  { schema: emptySchema, guard: 'user', name: 'account.signOutEverywhere' },
  async (_input, { viewer }) => {
    await bumpSessionVersion(viewer.id);
    await signOut({ redirectTo: '/sign-in?signedOut=all' });
  },
);
