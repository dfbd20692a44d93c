'use server';

import { revalidatePath } from 'next/cache';

import { z } from 'zod';

import { action } from '@/lib/actions/safe-action';
import { trainInterestForAdmin } from '@/lib/data/interest-model-admin';

/** Admin button on /admin/models: train a new user-interest model version now. */
export const trainInterestAction = action(
  { schema: z.object({}), guard: 'admin', name: 'admin.trainInterest' },
  async (_input, { viewer }) => {
    const data = await trainInterestForAdmin(viewer);
    revalidatePath('/admin/models');
    return { ok: true, message: 'InterestModel.trained', data };
  },
);
