'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { deactivateCoupon } from '@/lib/data/coupons';
import { deactivateCouponSchema } from '@/lib/validation/pricing';

/** Stops a coupon of the creator's own from being used for new checkouts (ACCESS-3). */
export const deactivateCouponAction = action(
  { schema: deactivateCouponSchema, guard: 'creator', name: 'studio.deactivateCoupon' },
  async ({ couponId }, { viewer }) => {
    const { courseId } = await deactivateCoupon(viewer, couponId, await requestIp());
    if (courseId) revalidatePath(`/studio/courses/${courseId}/coupons`);
    return { ok: true, message: 'StudioPricing.coupons.deactivated' };
  },
);
