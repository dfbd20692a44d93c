'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { setCoursePrice } from '@/lib/data/studio-pricing';
import { setPriceSchema } from '@/lib/validation/pricing';

/** Free, or a price in USD or CNY, for the creator's own course (ACCESS-3). */
export const setPriceAction = action(
  { schema: setPriceSchema, guard: 'creator', name: 'studio.setPrice' },
  async (input, { viewer }) => {
    const { slug } = await setCoursePrice(viewer, input, await requestIp());
    revalidatePath(`/studio/courses/${input.courseId}/pricing`);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'StudioPricing.pricing.saved' };
  },
);
