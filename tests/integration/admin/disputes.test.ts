import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { orderEvents, orders, type OrderEventType } from '@/db/schema';
import { listDisputesForAdmin } from '@/lib/data/admin-disputes';
import { rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

const DAY_MS = 86_400_000;
// Disputes dated in the future, after anything else the suite writes, so they lead the list.
const future = (days: number) => new Date(Date.UTC(2036, 0, 1) + days * DAY_MS);

async function disputed(opts: {
  events: [OrderEventType, number][];
  status: 'disputed' | 'paid';
  amountMinor: number;
}) {
  const creator = await makeUser('creator');
  const buyer = await makeUser('learner', `Disputer ${opts.amountMinor}`);
  const courseId = await makeCourse(creator.id, { title: `Disputed ${opts.amountMinor}` });
  const orderId = await paidOrder({
    buyerId: buyer.id,
    courseId,
    creatorId: creator.id,
    amountMinor: opts.amountMinor,
    currency: 'USD',
  });
  await db.update(orders).set({ status: opts.status }).where(eq(orders.id, orderId));
  await db.insert(orderEvents).values(
    opts.events.map(([type, day]) => ({
      orderId,
      type,
      source: 'evt_test',
      createdAt: future(day),
    })),
  );
  return orderId;
}

describe('admin disputes', () => {
  it('lists every disputed order, open first then newest, with amount, date, status and outcome, equal to plain SQL', async () => {
    const open = await disputed({
      events: [['disputed', 1]],
      status: 'disputed',
      amountMinor: 1100,
    });
    const won = await disputed({
      events: [
        ['disputed', 3],
        ['dispute_won', 5],
      ],
      status: 'paid',
      amountMinor: 2200,
    });
    const lost = await disputed({
      events: [
        ['disputed', 4],
        ['dispute_lost', 6],
      ],
      status: 'disputed',
      amountMinor: 3300,
    });
    // A paid order without a dispute is not listed.
    await disputed({ events: [['paid', 2]], status: 'paid', amountMinor: 4400 });

    const admin = await makeUser('admin');
    const list = await listDisputesForAdmin(admin);
    const plain = await rows<{
      id: string;
      amount_minor: number;
      status: string;
      opened: Date;
      lost: Date | null;
    }>(
      `SELECT o.id, o.amount_minor, o.status, d.opened, d.lost
         FROM (SELECT order_id, MAX(CASE WHEN type = 'disputed' THEN created_at END) opened,
                      MAX(CASE WHEN type = 'dispute_lost' THEN created_at END) lost
                 FROM order_events GROUP BY order_id) d
         JOIN orders o ON o.id = d.order_id
        WHERE d.opened IS NOT NULL
        ORDER BY (o.status = 'disputed' AND d.lost IS NULL) DESC, d.opened DESC, o.id DESC`,
      [],
    );
    expect(list.total).toBe(plain.length);
    expect(list.open).toBe(plain.filter((p) => p.status === 'disputed' && !p.lost).length);
    expect(list.rows.map((r) => r.orderId)).toEqual(plain.slice(0, 25).map((p) => p.id));
    // Every page, in case the rest of the suite left many open disputes ahead of ours.
    const all = [...list.rows];
    for (let page = 2; page <= Math.ceil(list.total / list.pageSize); page++)
      all.push(...(await listDisputesForAdmin(admin, { page })).rows);
    expect(all.map((r) => r.orderId)).toEqual(plain.map((p) => p.id));
    const mine = all.filter((r) => [open, won, lost].includes(r.orderId));
    expect(mine.map((r) => [r.orderId, r.outcome, r.status, r.amount.amountMinor])).toEqual([
      [open, 'open', 'disputed', 1100],
      [lost, 'lost', 'disputed', 3300],
      [won, 'won', 'paid', 2200],
    ]);
    expect(mine[0]!.openedAt.toISOString()).toBe(future(1).toISOString());
    expect(mine[0]!.courseTitle).toBe('Disputed 1100');
    expect(JSON.stringify(list)).not.toContain('@test.local');
  });

  it('ACCESS-4: learners and creators cannot list disputes', async () => {
    for (const role of ['learner', 'creator'] as const) {
      await expect(listDisputesForAdmin(await makeUser(role))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
