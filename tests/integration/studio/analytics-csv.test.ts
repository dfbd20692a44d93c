import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { makeUser } from '@/tests/support/dashboard-fixtures';

import { seedAnalytics } from './analytics-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));

const { GET } = await import('@/app/api/studio/analytics.csv/route');
const origin = new URL(env.APP_URL).origin;

function get(query: string) {
  const req = new NextRequest(`${origin}/api/studio/analytics.csv?${query}`);
  return GET(req, { params: Promise.resolve({}) });
}

let s: Awaited<ReturnType<typeof seedAnalytics>>;
beforeAll(async () => {
  s = await seedAnalytics();
});

describe('GET /api/studio/analytics.csv', () => {
  it('downloads one row per day with the creator’s own numbers', async () => {
    current = s.a;
    const res = await get('from=2025-06-05&to=2025-06-06');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="analytics-2025-06-05-2025-06-06.csv"',
    );
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual([
      'date,views,unique_visitors,checkout_starts,paid_orders,enrolments,revenue_CNY,revenue_USD',
      '2025-06-05,3,2,1,1,1,0,20',
      '2025-06-06,1,1,1,1,1,99,0',
    ]);
  });

  it('ACCESS-3: creator B asking for A’s course gets 404, and B’s own CSV has only B’s numbers', async () => {
    current = s.b;
    const res = await get(`course=${s.alpha}&from=2025-06-01&to=2025-06-30`);
    expect(res.status).toBe(404);
    const own = await (await get('from=2025-06-05&to=2025-06-05')).text();
    expect(own.trim().split('\r\n')[1]).toBe('2025-06-05,1,1,1,1,1,700');
  });

  it('ACCESS-3: answers 401 to a visitor and 403 to a learner', async () => {
    current = null;
    expect((await get('range=7')).status).toBe(401);
    current = await makeUser('learner');
    expect((await get('range=7')).status).toBe(403);
  });

  it('answers 400 with a key to a reversed, too long or unknown query', async () => {
    current = s.a;
    const reversed = await get('from=2025-06-06&to=2025-06-01');
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toMatchObject({
      error: { code: 'BAD_REQUEST', fields: { to: ['StudioAnalytics.errors.rangeOrder'] } },
    });
    expect((await get('from=2024-01-01&to=2025-06-01')).status).toBe(400);
    expect((await get(`creatorId=${s.b.id}`)).status).toBe(400);
  });
});
