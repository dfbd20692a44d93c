import { expect, test } from '@playwright/test';

import { startSecondServer, without } from '../fixtures/second-server';

// The e2e server runs with APP_ENV=test; this one is a production deployment that forgot APP_ENV.
test('AUTH-3: a production build started without APP_ENV answers 404 at /dev/mailbox', async ({}, info) => {
  test.setTimeout(90_000);
  // Production refuses the test harness's shortcuts (the Stripe emulator key, a short SMS wait), so
  // this deployment has a test-mode key of its own, as a real one would.
  const server = await startSecondServer(info.project.name, 50, (env) => ({
    ...without('APP_ENV', 'SMS_RESEND_SECONDS')(env),
    STRIPE_SECRET_KEY: 'sk_test_production_mode',
  }));
  try {
    const res = await fetch(`${server.url}/dev/mailbox`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('data-testid="mail"');
  } finally {
    server.stop();
  }
});
