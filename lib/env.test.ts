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

  it('ABUSE-5: the per-phone SMS wait goes below a minute only under APP_ENV=test', () => {
    for (const APP_ENV of ['development', 'staging', 'production'])
      expect(() => loadEnv({ AUTH_SECRET: SECRET, APP_ENV, SMS_RESEND_SECONDS: '10' })).toThrow(
        /SMS_RESEND_SECONDS/,
      );
    expect(
      loadEnv({ AUTH_SECRET: SECRET, APP_ENV: 'test', SMS_RESEND_SECONDS: '10' }),
    ).toMatchObject({ SMS_RESEND_SECONDS: 10 });
    expect(loadEnv({ AUTH_SECRET: SECRET }).SMS_RESEND_SECONDS).toBe(60);
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

  it('APP_ENV defaults to production under NODE_ENV=production, development otherwise', () => {
    const stripe = { STRIPE_SECRET_KEY: 'sk_test_real' };
    expect(loadEnv({ AUTH_SECRET: SECRET, NODE_ENV: 'production', ...stripe }).APP_ENV).toBe(
      'production',
    );
    expect(
      loadEnv({ AUTH_SECRET: SECRET, NODE_ENV: 'production', APP_ENV: '', ...stripe }).APP_ENV,
    ).toBe('production');
    expect(loadEnv({ AUTH_SECRET: SECRET }).APP_ENV).toBe('development');
    expect(loadEnv({ AUTH_SECRET: SECRET, NODE_ENV: 'test' }).APP_ENV).toBe('development');
    expect(loadEnv({ AUTH_SECRET: SECRET, NODE_ENV: 'production', APP_ENV: 'test' }).APP_ENV).toBe(
      'test',
    );
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
