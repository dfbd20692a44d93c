'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { deviceOf } from '@/lib/models/conversion/features';
import { startCheckout } from '@/lib/payments/checkout';
import { startCheckoutSchema } from '@/lib/validation/payments';

/**
 * "Buy now": opens (or reuses) the buyer's order, with the coupon code the course page carried
 * (judged and reserved server-side, PAY-2), and sends them to the hosted checkout page. Only the
 * request's device class and locale are passed on, for the payment-method order.
 */
export const startCheckoutAction = action(
  { schema: startCheckoutSchema, guard: 'user', name: 'payments.startCheckout' },
  async ({ courseId, currency, coupon }, { viewer }) => {
    const context = {
      device: deviceOf((await headers()).get('user-agent')),
      locale: viewer.locale,
    };
    const url = await startCheckout(viewer, courseId, { currency, couponCode: coupon }, context);
    redirect(url);
  },
);
