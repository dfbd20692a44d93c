'use server';

import { z } from 'zod';

import { action } from '@/lib/actions/safe-action';
import { rebuildRecsForAdmin } from '@/lib/data/recs-rebuild';

/** Admin button: build a new recommendations model version now. */
export const rebuildRecsAction = action(
  { schema: z.object({}), guard: 'admin', name: 'admin.rebuildRecs' },
  async (_input, { viewer }) => {
    const data = await rebuildRecsForAdmin(viewer);
    return { ok: true, message: 'Admin.recs.rebuilt', data };
  },
);
