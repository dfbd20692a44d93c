import 'server-only';

import Stripe from 'stripe';

import { EMULATOR_KEY, env } from '@/lib/env';

/**
 * The one Stripe client. A real key talks to Stripe; the emulator key (the default) talks to the local
 * Stripe emulator at STRIPE_EMULATOR_URL through the SDK's host/port/protocol settings. lib/env.ts
 * refuses the emulator key when APP_ENV=production.
 */
export const usesEmulator = env.STRIPE_SECRET_KEY === EMULATOR_KEY;

function createClient(): Stripe {
  if (!usesEmulator) return new Stripe(env.STRIPE_SECRET_KEY, { maxNetworkRetries: 2 });
  const url = new URL(env.STRIPE_EMULATOR_URL);
  return new Stripe(env.STRIPE_SECRET_KEY, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

export const stripe = createClient();

/** Verifies the signature on the raw body (PAY-3); throws on a bad, missing or stale one. */
export function verifyWebhook(raw: string, signature: string | null): Stripe.Event {
  if (!signature) throw new Error('missing stripe-signature');
  // Default tolerance (300 s) on purpose: older signatures are replays.
  return stripe.webhooks.constructEvent(raw, signature, env.STRIPE_WEBHOOK_SECRET);
}
