import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

import { expect, test } from '@playwright/test';

/**
 * The e2e server runs with APP_ENV=test. This spec starts a second `next start` from the same build
 * with APP_ENV removed, as a production deployment that forgot to set it, on a spare port.
 */
async function startWithoutAppEnv(port: number): Promise<ChildProcess> {
  // `next start` sets NODE_ENV=production itself.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'APP_ENV' && k !== 'NODE_ENV'),
  ) as NodeJS.ProcessEnv;
  const bin = path.join(process.cwd(), 'node_modules/.bin/next');
  const child = spawn(bin, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill();
  throw new Error('second next start did not come up');
}

test('AUTH-3: a production build started without APP_ENV answers 404 at /dev/mailbox', async ({}, info) => {
  test.setTimeout(90_000);
  const port =
    Number(process.env.E2E_PORT ?? 3000) + 50 + (info.project.name.includes('mobile') ? 1 : 0);
  const child = await startWithoutAppEnv(port);
  try {
    const res = await fetch(`http://127.0.0.1:${port}/dev/mailbox`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('data-testid="mail"');
  } finally {
    child.kill();
  }
});
