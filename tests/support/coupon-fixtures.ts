import { eq } from 'drizzle-orm';

import { db } from '@/db';
import { couponRedemptions, coupons, type NewCoupon } from '@/db/schema';
import { newId } from '@/lib/ids';
import { generateCouponCode } from '@/lib/payments/coupons';

/** A coupon row straight in the database (the studio's own path is tested in studio/pricing). */
export async function makeCoupon(
  creatorId: string,
  courseId: string,
  opts: Partial<NewCoupon> = {},
): Promise<{ id: string; code: string }> {
  const id = newId();
  const code = opts.code ?? generateCouponCode();
  await db.insert(coupons).values({
    id,
    code,
    creatorId,
    courseId,
    percentOff: 20,
    perUserLimit: 1,
    ...opts,
  });
  return { id, code };
}

export async function couponOf(id: string) {
  const [row] = await db.select().from(coupons).where(eq(coupons.id, id));
  const uses = await db.select().from(couponRedemptions).where(eq(couponRedemptions.couponId, id));
  return { ...row!, uses };
}
