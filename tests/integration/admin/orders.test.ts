import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { auditLog } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { Emulator } from '@/scripts/stripe-emulator/server';

import { makeCourse, makeUser } from '../../support/dashboard-fixtures';
import { runAction } from '../../support/actions';
import { deliverSigned, effectsOf, sessionOf, startTestEmulator } from '../payments/emulator';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '198.51.100.9' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { listOrdersForAdmin } = await import('@/lib/data/admin-orders');
const { refundOrderAction } = await import('@/lib/actions/admin/refund-order');
const { startCheckout } = await import('@/lib/payments/checkout');

let emu: Emulator;
let admin: Viewer;
const tag = `Orders${Date.now().toString(36)}`;

beforeAll(async () => {
  emu = await startTestEmulator();
  admin = await makeUser('admin');
});
afterAll(() => emu.close());

async function paidOrder(title: string) {
  const creator = await makeUser('creator');
  const learner = await makeUser('learner', `Buyer ${title}`);
  const courseId = await makeCourse(creator.id, { priceMinor: 4200, title });
  const session = sessionOf(emu, await startCheckout(learner, courseId));
  const [completed] = emu.state.pay(session, 'card');
  await deliverSigned(emu, completed!);
  return { creator, learner, orderId: session.metadata.order_id! };
}

describe('admin orders', () => {
  it('lists every order, searchable by course, buyer and order id, and filterable by status', async () => {
    const a = await paidOrder(`${tag} Alpha`);
    const b = await paidOrder(`${tag} Beta`);
    const byCourse = await listOrdersForAdmin(admin, { q: tag });
    expect(byCourse.rows.map((r) => r.id).sort()).toEqual([a.orderId, b.orderId].sort());
    expect(byCourse.total).toBe(2);
    const row = byCourse.rows.find((r) => r.id === a.orderId)!;
    expect(row).toMatchObject({ status: 'paid', total: { amountMinor: 4200, currency: 'USD' } });
    // DATA-1: the list carries the buyer's name, never the email.
    expect(Object.keys(row)).not.toContain('buyerEmail');
    expect((await listOrdersForAdmin(admin, { q: a.orderId })).rows.map((r) => r.id)).toEqual([
      a.orderId,
    ]);
    expect(
      (await listOrdersForAdmin(admin, { q: a.learner.email! })).rows.map((r) => r.id),
    ).toEqual([a.orderId]);
    expect((await listOrdersForAdmin(admin, { q: tag, status: 'refunded' })).total).toBe(0);
    // A LIKE wildcard in the search is a literal character, not "match everything".
    expect((await listOrdersForAdmin(admin, { q: `${tag}%` })).total).toBe(0);
  });

  it('ACCESS-4: learners and creators cannot list orders', async () => {
    for (const role of ['learner', 'creator'] as const) {
      await expect(listOrdersForAdmin(await makeUser(role), {})).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });

  it('PAY-7: the admin refund action refunds in full through Stripe once, audited; the webhook ends access', async () => {
    const { creator, orderId } = await paidOrder(`${tag} Gamma`);
    const refundCalls = () => emu.state.calls.filter((c) => c.path === '/v1/refunds').length;
    const before = refundCalls();

    auth.viewer = creator;
    const refused = await runAction(refundOrderAction, { orderId, reason: 'Not mine to refund' });
    expect(refused.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    auth.viewer = admin;
    const noReason = await runAction(refundOrderAction, { orderId, reason: '' });
    expect(noReason.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(refundCalls()).toBe(before);

    const done = await runAction(refundOrderAction, { orderId, reason: 'Bought twice by mistake' });
    expect(done.state).toMatchObject({ ok: true, message: 'Admin.Orders.refundIssued' });
    expect(refundCalls()).toBe(before + 1);
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, orderId));
    expect(audit.map((r) => [r.action, r.actorUserId, r.reason])).toEqual([
      ['refund.admin', admin.id, 'Bought twice by mistake'],
    ]);
    await deliverSigned(emu, emu.state.events.at(-1)!);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('refunded');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['revoked']);

    // A refunded order cannot be refunded again: a clear conflict, no second Stripe call.
    const again = await runAction(refundOrderAction, { orderId, reason: 'Again' });
    expect(again.state).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(refundCalls()).toBe(before + 1);
    auth.viewer = null;
  });
});
