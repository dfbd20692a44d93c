'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { updatePlatformSettings } from '@/lib/data/admin-settings';
import { platformSettingsSchema } from '@/lib/validation/admin-settings';

/** Fee, refund rule and the creators' email visibility, with a reason; audited. */
export const updatePlatformSettingsAction = action(
  { schema: platformSettingsSchema, guard: 'admin', name: 'admin.updatePlatformSettings' },
  async (input, { viewer }) => {
    const { changed } = await updatePlatformSettings(viewer, await requestIp(), input);
    revalidatePath('/admin/settings');
    return {
      ok: true,
      message: changed.length > 0 ? 'Admin.Settings.saved' : 'Admin.Settings.unchanged',
    };
  },
);
