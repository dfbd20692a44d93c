import { beforeAll, describe, expect, it } from 'vitest';

import { getStudioAnalytics } from '@/lib/data/studio-analytics';
import { isAppError } from '@/lib/errors';
import { parseAnalyticsQuery } from '@/lib/validation/studio-analytics';
import { makeUser, rejectionOf } from '@/tests/support/dashboard-fixtures';

import { rows, seedAnalytics } from './analytics-fixtures';

type Seed = Awaited<ReturnType<typeof seedAnalytics>>;
let s: Seed;
beforeAll(async () => {
  s = await seedAnalytics();
});

function filter(from: string, to: string, course?: string) {
  const parsed = parseAnalyticsQuery({ from, to, ...(course ? { course } : {}) });
  if (!parsed.ok) throw new Error('bad fixture window');
  return parsed.filter;
}

/** The same figures, straight from the tables with plain SQL (no DAL code shared). */
async function expected(creatorId: string, from: string, to: string, courseId?: string) {
  const start = `${from} 00:00:00`;
  const end = `${to} 23:59:59.999`;
  const scope = courseId ? 'AND c.id = ?' : '';
  const p = (...more: unknown[]) => [creatorId, ...(courseId ? [courseId] : []), ...more];
  const [ev] = await rows<{ views: number; visitors: number; starts: number }>(
    `SELECT SUM(e.type = 'view') views,
            COUNT(DISTINCT IF(e.type = 'view', COALESCE(e.user_id, e.anon_id), NULL)) visitors,
            SUM(e.type = 'checkout_start') starts
       FROM behaviour_events e JOIN courses c ON c.id = e.course_id
      WHERE c.creator_id = ? ${scope} AND e.created_at BETWEEN ? AND ?`,
    p(start, end),
  );
  const paid = await rows<{ currency: string; n: number; amount: string }>(
    `SELECT o.currency, COUNT(*) n, SUM(o.amount_minor) amount FROM orders o JOIN courses c ON c.id = o.course_id
      WHERE c.creator_id = ? ${scope} AND o.paid_at BETWEEN ? AND ? GROUP BY o.currency ORDER BY o.currency`,
    p(start, end),
  );
  const refunded = await rows<{ currency: string; n: number; amount: string }>(
    `SELECT r.currency, COUNT(*) n, SUM(r.amount_minor) amount FROM refunds r
       JOIN orders o ON o.id = r.order_id JOIN courses c ON c.id = o.course_id
      WHERE c.creator_id = ? ${scope} AND r.status = 'succeeded' AND r.created_at BETWEEN ? AND ?
      GROUP BY r.currency ORDER BY r.currency`,
    p(start, end),
  );
  const [cohort] = await rows<{ n: number; done: number }>(
    `SELECT COUNT(*) n, COUNT(en.completed_at) done FROM enrollments en JOIN courses c ON c.id = en.course_id
      WHERE c.creator_id = ? ${scope} AND en.created_at BETWEEN ? AND ?`,
    p(start, end),
  );
  const ratings = await rows<{ week: string; avg: string; n: number }>(
    `SELECT DATE_FORMAT(DATE_SUB(DATE(r.created_at), INTERVAL WEEKDAY(r.created_at) DAY), '%Y-%m-%d') week,
            AVG(r.rating) avg, COUNT(*) n
       FROM reviews r JOIN courses c ON c.id = r.course_id
      WHERE c.creator_id = ? ${scope} AND r.status = 'visible' AND r.created_at BETWEEN ? AND ?
      GROUP BY week ORDER BY week`,
    p(start, end),
  );
  const money = (list: { currency: string; amount: string }[]) =>
    list.map((r) => ({ currency: r.currency, amountMinor: Number(r.amount) }));
  return {
    summary: {
      views: Number(ev?.views ?? 0),
      visitors: Number(ev?.visitors ?? 0),
      checkoutStarts: Number(ev?.starts ?? 0),
      paidOrders: paid.reduce((t, r) => t + Number(r.n), 0),
      revenue: money(paid),
      refunds: { count: refunded.reduce((t, r) => t + Number(r.n), 0), amounts: money(refunded) },
      enrollments: Number(cohort?.n ?? 0),
      completed: Number(cohort?.done ?? 0),
    },
    ratings: ratings.map((r) => ({ bucket: r.week, average: Number(r.avg), count: Number(r.n) })),
  };
}

/** Per-lesson reach straight from the tables: the window's cohort with any progress row. */
async function expectedReach(courseId: string, from: string, to: string) {
  const list = await rows<{ id: string; reached: number }>(
    `SELECT l.id, (SELECT COUNT(*) FROM lesson_progress lp JOIN enrollments en
                     ON en.user_id = lp.user_id AND en.course_id = l.course_id
                    WHERE lp.lesson_id = l.id AND en.created_at BETWEEN ? AND ?) reached
       FROM lessons l JOIN course_sections cs ON cs.id = l.section_id
      WHERE l.course_id = ? ORDER BY cs.position, l.position`,
    [`${from} 00:00:00`, `${to} 23:59:59.999`, courseId],
  );
  return list.map((r) => ({ lessonId: r.id, reached: Number(r.reached) }));
}

const WINDOWS = [
  ['June (in range)', '2025-06-01', '2025-06-30'],
  ['July (in range)', '2025-07-01', '2025-07-31'],
  ['August (nothing in range)', '2025-08-01', '2025-08-31'],
] as const;

describe('studio analytics', () => {
  it.each(WINDOWS)('matches plain SQL over all of A’s courses in %s', async (_, from, to) => {
    const got = await getStudioAnalytics(s.a, filter(from, to));
    const want = await expected(s.a.id, from, to);
    expect(got.summary).toMatchObject(want.summary);
    expect(got.ratings.points).toEqual(want.ratings);
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
    expect(got.series.days.map((d) => d.date)).toHaveLength(days);
    expect(got.series.days[0]?.date).toBe(from);
    expect(got.series.days.at(-1)?.date).toBe(to);
    const daySum = (k: 'views' | 'paidOrders' | 'enrollments' | 'checkoutStarts') =>
      got.series.days.reduce((t, d) => t + d[k], 0);
    expect(daySum('views')).toBe(want.summary.views);
    expect(daySum('paidOrders')).toBe(want.summary.paidOrders);
    expect(daySum('enrollments')).toBe(want.summary.enrollments);
    expect(daySum('checkoutStarts')).toBe(want.summary.checkoutStarts);
    for (const m of want.summary.revenue)
      expect(got.series.days.reduce((t, d) => t + (d.revenue[m.currency as 'USD'] ?? 0), 0)).toBe(
        m.amountMinor,
      );
    expect(got.dropOff).toBeNull();
  });

  it('counts the known June figures for A (so the SQL comparison cannot pass on zeros)', async () => {
    const { summary, ratings } = await getStudioAnalytics(s.a, filter('2025-06-01', '2025-06-30'));
    expect(summary).toEqual({
      views: 5,
      visitors: 2,
      checkoutStarts: 2,
      paidOrders: 3,
      revenue: [
        { currency: 'CNY', amountMinor: 14900 },
        { currency: 'USD', amountMinor: 2000 },
      ],
      refunds: { count: 1, amounts: [{ currency: 'CNY', amountMinor: 2000 }] },
      enrollments: 3,
      completed: 1,
      completionRate: 1 / 3,
    });
    expect(ratings).toEqual({
      unit: 'week',
      points: [
        { bucket: '2025-06-02', average: 4, count: 2 },
        { bucket: '2025-06-09', average: 4, count: 1 },
      ],
    });
  });

  it.each(WINDOWS)(
    'matches plain SQL for one course, with its drop-off, in %s',
    async (_, from, to) => {
      const got = await getStudioAnalytics(s.a, filter(from, to, s.alpha));
      const want = await expected(s.a.id, from, to, s.alpha);
      expect(got.course).toEqual({ id: s.alpha, title: 'Alpha' });
      expect(got.summary).toMatchObject(want.summary);
      expect(got.ratings.points).toEqual(want.ratings);
      const reach = await expectedReach(s.alpha, from, to);
      expect(got.dropOff?.map(({ lessonId, reached }) => ({ lessonId, reached }))).toEqual(reach);
      const cohort = want.summary.enrollments;
      expect(got.dropOff?.map((l) => l.share)).toEqual(
        reach.map((r) => (cohort ? r.reached / cohort : null)),
      );
    },
  );

  it('shows Alpha’s June drop-off in curriculum order', async () => {
    const got = await getStudioAnalytics(s.a, filter('2025-06-01', '2025-06-30', s.alpha));
    expect(got.dropOff?.map((l) => [l.title, l.reached, l.share])).toEqual([
      ['One', 2, 1],
      ['Two', 1, 0.5],
      ['Three', 1, 0.5],
    ]);
    expect(got.summary.completionRate).toBe(0.5);
  });

  it('ACCESS-3: creator B gets only B’s numbers, and A’s course id is NOT_FOUND for B', async () => {
    const got = await getStudioAnalytics(s.b, filter('2025-06-01', '2025-06-30'));
    expect(got.summary).toMatchObject({
      views: 1,
      visitors: 1,
      checkoutStarts: 1,
      paidOrders: 1,
      revenue: [{ currency: 'USD', amountMinor: 70000 }],
      refunds: { count: 1, amounts: [{ currency: 'USD', amountMinor: 70000 }] },
      enrollments: 1,
    });
    expect(got.courses.map((c) => c.id)).toEqual([s.other]);
    const err = await rejectionOf(
      getStudioAnalytics(s.b, filter('2025-06-01', '2025-06-30', s.alpha)),
    );
    expect(isAppError(err) && err.code).toBe('NOT_FOUND');
  });

  it('ACCESS-3: a learner cannot read studio analytics at all', async () => {
    const learner = await makeUser('learner');
    const err = await rejectionOf(getStudioAnalytics(learner, filter('2025-06-01', '2025-06-30')));
    expect(isAppError(err) && err.code).toBe('FORBIDDEN');
  });
});
