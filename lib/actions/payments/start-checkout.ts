'use server';

import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { startCheckout } from '@/lib/payments/checkout';
import { startCheckoutSchema } from '@/lib/validation/payments';

/**
 * "Buy now": opens (or reuses) the buyer's order, with the coupon code the course page carried
 * (judged and reserved server-side, PAY-2), and sends them to the hosted checkout page.
 */
export const startCheckoutAction = action(
  { schema: startCheckoutSchema, guard: 'user', name: 'payments.startCheckout' },
  async ({ courseId, coupon }, { viewer }) => {
    const url = await startCheckout(viewer, courseId, coupon);
    redirect(url);
  },
);
