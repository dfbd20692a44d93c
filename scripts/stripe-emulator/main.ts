import { startEmulator } from './server';

/**
 * `tsx scripts/stripe-emulator/main.ts`: the local Stripe emulator for the demo and e2e.
 * STRIPE_EMULATOR_PORT (default 12111), STRIPE_WEBHOOK_SECRET, and WEBHOOK_URL (our webhook route).
 */
const port = Number(process.env.STRIPE_EMULATOR_PORT ?? 12111);
const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? 'whsec_local_emulator_secret';
const webhookUrl = process.env.WEBHOOK_URL ?? 'http://127.0.0.1:3000/api/stripe/webhook';

const emulator = await startEmulator({ port, webhookSecret, webhookUrl });
console.log(`Stripe emulator on ${emulator.url}, webhooks to ${webhookUrl}`);
const stop = () => void emulator.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
