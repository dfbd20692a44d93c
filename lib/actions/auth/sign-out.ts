'use server';

import { action } from '@/lib/actions/safe-action';
import { signOut } from '@/lib/auth';
import { emptySchema } from '@/lib/validation/auth';

/** Clears the session cookie on this device (sign-out everywhere lives in account/security). */
export const signOutAction = action(
  { schema: emptySchema, guard: 'public', name: 'auth.signOut' },
  async () => {
    await signOut({ redirectTo: '/' });
  },
);
