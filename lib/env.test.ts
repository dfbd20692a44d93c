import { describe, expect, it } from 'vitest';

import { loadEnv } from '@/lib/env';

const SECRET = 'x'.repeat(40);

describe('loadEnv', () => {
  it('OPS-1: refuses a missing AUTH_SECRET', () => {
    expect(() => loadEnv({})).toThrow(/AUTH_SECRET/);
  });

  it('OPS-1: refuses a short AUTH_SECRET', () => {
    expect(() => loadEnv({ AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET/);
  });

  it('OPS-1: refuses a live Stripe key outside production', () => {
    expect(() =>
      loadEnv({ AUTH_SECRET: SECRET, APP_ENV: 'staging', STRIPE_SECRET_KEY: 'sk_live_abc' }),
    ).toThrow(/live keys/);
    expect(() =>
      loadEnv({
        AUTH_SECRET: SECRET,
        NODE_ENV: 'development',
        APP_ENV: 'production',
        STRIPE_SECRET_KEY: 'sk_live_abc',
      }),
    ).toThrow(/live keys/);
  });

  it('OPS-1: accepts a complete environment, and a live key only in production', () => {
    expect(loadEnv({ AUTH_SECRET: SECRET }).AUTH_SECRET).toBe(SECRET);
    expect(
      loadEnv({
        AUTH_SECRET: SECRET,
        NODE_ENV: 'production',
        APP_ENV: 'production',
        STRIPE_SECRET_KEY: 'sk_live_abc',
      }).STRIPE_SECRET_KEY,
    ).toBe('sk_live_abc');
  });

  it('OPS-1: refuses the local Stripe emulator key when APP_ENV=production', () => {
    expect(() =>
      loadEnv({ AUTH_SECRET: SECRET, NODE_ENV: 'production', APP_ENV: 'production' }),
    ).toThrow(/emulator is refused/);
    expect(loadEnv({ AUTH_SECRET: SECRET, APP_ENV: 'staging' }).STRIPE_EMULATOR_URL).toBe(
      'http://127.0.0.1:12111',
    );
  });
});
