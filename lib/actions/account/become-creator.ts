'use server';

import { processAvatar } from '@/lib/account/avatar';
import { action } from '@/lib/actions/safe-action';
import { isEmailVerified } from '@/lib/auth/permissions';
import { startSession } from '@/lib/auth/request-context';
import { becomeCreator, saveViewerImage } from '@/lib/data/account';
import { becomeCreatorSchema } from '@/lib/validation/account';

/** Learner → creator; the role change ends older sessions and this device gets a new one (AUTH-4). */
export const becomeCreatorAction = action(
  { schema: becomeCreatorSchema, guard: 'user', name: 'account.becomeCreator' },
  async (input, { viewer }) => {
    // becomeCreator refuses too; checking first keeps an unverified account from storing an avatar.
    if (!isEmailVerified(viewer))
      return { ok: false, code: 'FORBIDDEN', formError: 'Account.creator.verifyFirst' };
    const avatarUrl = input.avatar
      ? await saveViewerImage(viewer, await processAvatar(input.avatar), 'image/webp')
      : undefined;
    const result = await becomeCreator(viewer, { ...input, avatarUrl });
    if (result === 'already')
      return { ok: false, code: 'CONFLICT', formError: 'Account.creator.already' };
    return startSession(viewer.id, '/studio');
  },
);
