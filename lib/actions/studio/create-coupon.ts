'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { createCoupon } from '@/lib/data/coupons';
import { createCouponSchema } from '@/lib/validation/pricing';

/** A coupon for the creator's own course, with a server-generated code (ACCESS-3, PAY-2). */
export const createCouponAction = action(
  { schema: createCouponSchema, guard: 'creator', name: 'studio.createCoupon' },
  async (input, { viewer }) => {
    const { code } = await createCoupon(viewer, input, await requestIp());
    revalidatePath(`/studio/courses/${input.courseId}/coupons`);
    return { ok: true, message: 'StudioPricing.coupons.created', data: { code } };
  },
);
