import { inject } from 'vitest';

// Must run before any module reads lib/env.ts.
process.env.DATABASE_URL = inject('databaseUrl');

// Each test file may start the in-process Stripe emulator (tests/integration/payments/emulator.ts)
// on this port; lib/payments/stripe.ts reads it once at import.
process.env.STRIPE_EMULATOR_URL ??= `http://127.0.0.1:${20000 + Math.floor(Math.random() * 20000)}`;
