import { expect, test } from '@playwright/test';

test('[SMOKE][HEALTH]: health reports the app and the database as up', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = (await res.json()) as {
    status: string;
    app: string;
    database: { ok: boolean; latencyMs: number };
  };
  expect(body.status).toBe('ok');
  expect(body.app).toBe('ok');
  expect(body.database.ok).toBe(true);
  expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
});
