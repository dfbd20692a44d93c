import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));

const { GET } = await import('@/app/api/admin/orders.csv/route');
const { exportOrdersForAdmin } = await import('@/lib/data/admin-orders-export');
const origin = new URL(env.APP_URL).origin;

function get(query: Record<string, string>) {
  return GET(new NextRequest(`${origin}/api/admin/orders.csv?${new URLSearchParams(query)}`), {
    params: Promise.resolve({}),
  });
}

/** The body's bytes (Response.text() would drop the BOM), split into lines without the BOM. */
async function csvLines(res: Response) {
  const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).trimEnd().split('\r\n');
}

// A random week in the 1970s that no other test writes to, so the date filter sees only our orders.
const base = Date.UTC(1972, 0, 3) + Math.floor(Math.random() * 300) * 7 * 86_400_000;
const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offset: number, time = '12:00:00') => new Date(`${day(offset)}T${time}Z`);

type Plain = {
  id: string;
  created_at: Date;
  status: string;
  course: string;
  buyer: string;
  currency: string;
  amount_minor: number;
};

async function fixture() {
  const tag = `CsvTag${Math.random().toString(36).slice(2, 8)}`;
  const creator = await makeUser('creator', `Creator ${tag}`);
  const buyer = await makeUser('learner', '=HYPERLINK("http://evil")');
  const plain = await makeCourse(creator.id, { title: `${tag} Plain, "quoted"` });
  const formula = await makeCourse(creator.id, { title: `-${tag} minus` });
  const ids = {
    first: await paidOrder({
      buyerId: buyer.id,
      courseId: plain,
      creatorId: creator.id,
      amountMinor: 1999,
      currency: 'USD',
      at: at(1),
    }),
    refunded: await paidOrder({
      buyerId: buyer.id,
      courseId: formula,
      creatorId: creator.id,
      amountMinor: 9900,
      currency: 'CNY',
      at: at(3),
      refunded: true,
    }),
    late: await paidOrder({
      buyerId: buyer.id,
      courseId: plain,
      creatorId: creator.id,
      amountMinor: 500,
      currency: 'USD',
      at: at(9),
    }),
  };
  return { tag, creator, buyer, ids };
}

const plainSql = (where: string, params: unknown[]) =>
  rows<Plain>(
    `SELECT o.id, o.created_at, o.status, c.title course, u.name buyer, o.currency, o.amount_minor
       FROM orders o JOIN courses c ON c.id = o.course_id JOIN users u ON u.id = o.user_id
      WHERE ${where} ORDER BY o.created_at DESC, o.id DESC`,
    params,
  );

describe('GET /api/admin/orders.csv', () => {
  it('downloads the filtered orders, row for row equal to the database, formulas neutralised', async () => {
    const { tag, ids } = await fixture();
    current = await makeUser('admin');
    const res = await get({ q: tag });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="orders.csv"');
    const [header, ...lines] = await csvLines(res);
    expect(header).toBe(
      'order_id,created_at,paid_at,refunded_at,status,course_id,course,creator,buyer,payment_method,currency,list_price,discount,amount',
    );
    const db = await plainSql('c.title LIKE ?', [`%${tag}%`]);
    expect(db.map((r) => r.id)).toEqual([ids.late, ids.refunded, ids.first]);
    expect(lines.map((l) => l.split(',')[0])).toEqual(db.map((r) => r.id));
    for (const [i, r] of db.entries()) {
      const line = lines[i]!;
      expect(line.startsWith(`${r.id},${r.created_at.toISOString()},`)).toBe(true);
      expect(line).toContain(`,${r.status},`);
      expect(
        line.endsWith(`,${r.currency},${r.amount_minor / 100},0,${r.amount_minor / 100}`),
      ).toBe(true);
    }
    // RFC 4180 quoting, and a leading quote on text a spreadsheet would run as a formula.
    expect(lines[0]).toContain(`"${tag} Plain, ""quoted"""`);
    expect(lines[1]).toContain(`,'-${tag} minus,`);
    expect(lines[0]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[1]).toContain(',refunded,');
  });

  it('applies the status and UTC day filters as the orders page does', async () => {
    const { tag, ids } = await fixture();
    current = await makeUser('admin');
    const idsOf = async (query: Record<string, string>) =>
      (await csvLines(await get({ q: tag, ...query }))).slice(1).map((l) => l.split(',')[0]);
    expect(await idsOf({ status: 'refunded' })).toEqual([ids.refunded]);
    expect(await idsOf({ from: day(1), to: day(3) })).toEqual([ids.refunded, ids.first]);
    expect(await idsOf({ from: day(2) })).toEqual([ids.late, ids.refunded]);
    expect(await idsOf({ to: day(1) })).toEqual([ids.first]);
    expect(await idsOf({ from: day(4), to: day(8) })).toEqual([]);
    const byDay = await plainSql('o.created_at >= ? AND o.created_at < ?', [
      `${day(0)} 00:00:00`,
      `${day(7)} 00:00:00`,
    ]);
    const all = (await csvLines(await get({ from: day(0), to: day(6) }))).slice(1);
    expect(all.map((l) => l.split(',')[0])).toEqual(byDay.map((r) => r.id));
    // The same filters on the page's list give the same rows.
    const { listOrdersForAdmin } = await import('@/lib/data/admin-orders');
    const page = await listOrdersForAdmin(current, { q: tag, from: day(1), to: day(3) });
    expect(page.rows.map((r) => r.id)).toEqual([ids.refunded, ids.first]);
    // An unreadable filter is ignored, as on the page.
    expect(await idsOf({ status: 'nope', from: '1972-02-30' })).toHaveLength(3);
  });

  it('reads in keyset batches that miss and repeat nothing, even for orders made in the same millisecond', async () => {
    const creator = await makeUser('creator');
    const buyer = await makeUser('learner');
    const tag = `Batch${Math.random().toString(36).slice(2, 8)}`;
    const courseId = await makeCourse(creator.id, { title: tag });
    const same = at(5, '08:00:00');
    for (let i = 0; i < 7; i++)
      await paidOrder({
        buyerId: buyer.id,
        courseId,
        creatorId: creator.id,
        amountMinor: 100 + i,
        currency: 'USD',
        at: same,
      });
    const admin = await makeUser('admin');
    const sizes: number[] = [];
    const seen: string[] = [];
    for await (const batch of await exportOrdersForAdmin(admin, { q: tag }, 3)) {
      sizes.push(batch.length);
      seen.push(...batch.map((r) => r.id));
    }
    expect(sizes).toEqual([3, 3, 1]);
    const db = await plainSql('o.course_id = ?', [courseId]);
    expect(seen).toEqual(db.map((r) => r.id));
  });

  it('answers a JSON 500, not a cut-off download, when the first read fails', async () => {
    current = await makeUser('admin');
    const spy = vi.spyOn(db, 'select').mockImplementationOnce(() => {
      throw new Error('connection lost');
    });
    try {
      const res = await get({});
      expect(res.status).toBe(500);
      expect(res.headers.get('content-type')).toContain('application/json');
      expect(await res.json()).toMatchObject({ error: { code: 'INTERNAL' } });
    } finally {
      spy.mockRestore();
    }
  });

  it('ACCESS-4: answers 401 to a visitor and 403 to a learner or a creator, and the DAL refuses them too', async () => {
    current = null;
    expect((await get({})).status).toBe(401);
    for (const role of ['learner', 'creator'] as const) {
      current = await makeUser(role);
      const res = await get({});
      expect(res.status).toBe(403);
      expect(res.headers.get('content-type')).not.toContain('text/csv');
      await expect(exportOrdersForAdmin(current, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
