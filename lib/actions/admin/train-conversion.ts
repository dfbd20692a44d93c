'use server';

import { revalidatePath } from 'next/cache';

import { z } from 'zod';

import { action } from '@/lib/actions/safe-action';
import { trainConversionModelForAdmin } from '@/lib/data/conversion-model';

/** Admin button on /admin/models: train a new payment-success model version now. */
export const trainConversionAction = action(
  { schema: z.object({}), guard: 'admin', name: 'admin.trainConversion' },
  async (_input, { viewer }) => {
    const { version } = await trainConversionModelForAdmin(viewer);
    revalidatePath('/admin/models');
    return { ok: true, message: 'ConversionModel.trained', data: { version } };
  },
);
