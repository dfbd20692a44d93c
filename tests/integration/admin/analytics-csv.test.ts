import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

import { utcWeekIndex, utcWeekStart } from '@/lib/analytics/cohorts';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { at, rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));

const { GET } = await import('@/app/api/admin/analytics/route');
const origin = new URL(env.APP_URL).origin;

function get(query: string) {
  return GET(new NextRequest(`${origin}/api/admin/analytics?${query}`), {
    params: Promise.resolve({}),
  });
}

// A random week in the 1980s that no other test writes to (platform figures are global).
const base = Date.UTC(1980, 0, 1) + Math.floor(Math.random() * 500) * 7 * 86_400_000;
const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

describe('GET /api/admin/analytics', () => {
  it('downloads the window’s figures, equal to plain SQL', async () => {
    const creator = await makeUser('creator');
    const buyer = await makeUser('learner', 'CSV buyer', at(day(1)));
    const courseId = await makeCourse(creator.id);
    await paidOrder({
      buyerId: buyer.id,
      courseId,
      creatorId: creator.id,
      amountMinor: 4250,
      currency: 'USD',
      at: at(day(2)),
    });
    current = await makeUser('admin');
    const res = await get(`from=${day(0)}&to=${day(6)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="platform-analytics-${day(0)}-${day(6)}.csv"`,
    );
    const lines = (await res.text()).replace('\uFEFF', '').trim().split('\r\n');
    const [sum] = await rows<{ n: number; amount: string }>(
      'SELECT COUNT(*) n, SUM(amount_minor) amount FROM orders WHERE paid_at BETWEEN ? AND ?',
      [`${day(0)} 00:00:00`, `${day(6)} 23:59:59.999`],
    );
    expect(lines[0]).toBe('metric,currency,key,value');
    expect(lines).toContain(`gmv,USD,,${Number(sum!.amount) / 100}`);
    expect(lines).toContain(`paid_orders,,,${Number(sum!.n)}`);
    expect(lines).toContain('gmv,USD,,42.5');
    expect(lines).toContain('new_users,,,1');
    expect(lines).toContain(`top_course_orders,,${courseId},1`);
    // The new sections: the funnel per segment, the daily series and the buyer's sign-up cohort.
    expect(lines).toContain('funnel_price_band_paid,,band1,1');
    expect(lines).toContain('funnel_device_paid,,unknown,1');
    expect(lines).toContain('funnel_method_paid,,none,1');
    expect(lines).toContain(`paid_orders_day,,${day(2)},1`);
    expect(lines).toContain(`gmv_day,USD,${day(2)},42.5`);
    expect(lines.filter((l) => l.startsWith('paid_orders_day,'))).toHaveLength(7);
    const cohort = utcWeekStart(utcWeekIndex(at(day(1))))
      .toISOString()
      .slice(0, 10);
    const [size] = await rows<{ n: number }>(
      `SELECT COUNT(*) n FROM users WHERE created_at BETWEEN ? AND ?
          AND DATE(created_at) - INTERVAL WEEKDAY(created_at) DAY = ?`,
      [`${day(0)} 00:00:00`, `${day(6)} 23:59:59.999`, cohort],
    );
    expect(lines).toContain(`cohort_users,,${cohort},${Number(size!.n)}`);
    expect(lines).toContain(`cohort_active,,${cohort}/week_0,0`);
  });

  it('ACCESS-4: answers 401 to a visitor and 403 to a learner or a creator', async () => {
    current = null;
    expect((await get('range=7')).status).toBe(401);
    for (const role of ['learner', 'creator'] as const) {
      current = await makeUser(role);
      expect((await get('range=7')).status).toBe(403);
    }
  });

  it('answers 400 to a reversed range or a course filter', async () => {
    current = await makeUser('admin');
    expect((await get(`from=${day(6)}&to=${day(0)}`)).status).toBe(400);
    expect((await get('course=AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(400);
  });
});
