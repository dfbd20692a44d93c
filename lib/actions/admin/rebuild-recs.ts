'use server';

import { revalidatePath } from 'next/cache';

import { z } from 'zod';

import { action } from '@/lib/actions/safe-action';
import { rebuildRecsForAdmin } from '@/lib/data/recs-rebuild';

/** Admin button on /admin/models: build a new recommendations model version now. */
export const rebuildRecsAction = action(
  { schema: z.object({}), guard: 'admin', name: 'admin.rebuildRecs' },
  async (_input, { viewer }) => {
    const data = await rebuildRecsForAdmin(viewer);
    revalidatePath('/admin/models');
    return { ok: true, message: 'Admin.recs.rebuilt', data };
  },
);
