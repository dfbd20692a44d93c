import { NextResponse } from 'next/server';

import { route } from '@/lib/api/route';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { verifyWebhook } from '@/lib/payments/stripe';
import { handleStripeEvent } from '@/lib/payments/webhook-events';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * Stripe → us. Authenticated by signature on the raw body, not by cookie (PAY-3, NEXT-7). Bad
 * signature → 400 with nothing written; a handler failure propagates as 5xx so Stripe retries.
 */
export const POST = route({ guard: 'public' }, async ({ req }) => {
  const raw = await req.text();
  let event;
  try {
    event = verifyWebhook(raw, req.headers.get('stripe-signature'));
  } catch (err) {
    logger.warn({ err: (err as Error).message }, 'stripe webhook signature rejected');
    throw new AppError('BAD_REQUEST', 'Errors.badSignature');
  }
  const result = await handleStripeEvent(event);
  return NextResponse.json({ received: true, result });
});
