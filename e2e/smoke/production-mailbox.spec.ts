import { expect, test } from '@playwright/test';

import { startSecondServer, without } from '../fixtures/second-server';

// The e2e server runs with APP_ENV=test; this one is a production deployment that forgot APP_ENV.
test('AUTH-3: a production build started without APP_ENV answers 404 at /dev/mailbox', async ({}, info) => {
  test.setTimeout(90_000);
  const server = await startSecondServer(info.project.name, 50, without('APP_ENV'));
  try {
    const res = await fetch(`${server.url}/dev/mailbox`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('data-testid="mail"');
  } finally {
    server.stop();
  }
});
