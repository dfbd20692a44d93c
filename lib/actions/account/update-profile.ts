'use server';

import { revalidatePath } from 'next/cache';

import { processAvatar } from '@/lib/account/avatar';
import { action } from '@/lib/actions/safe-action';
import { saveViewerImage, updateProfile } from '@/lib/data/account';
import { profileSchema } from '@/lib/validation/account';

/** Name and avatar; the avatar is re-encoded and stored as a public image asset. */
export const updateProfileAction = action(
  { schema: profileSchema, guard: 'user', name: 'account.updateProfile' },
  async (input, { viewer }) => {
    const image = input.avatar
      ? await saveViewerImage(viewer, await processAvatar(input.avatar), 'image/webp')
      : undefined;
    await updateProfile(viewer, { name: input.name, image });
    revalidatePath('/account', 'layout');
    return { ok: true, message: 'Account.profile.saved' };
  },
);
