import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Route handlers read the request's cookies through the guard; this stands in for a request.
vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { logger } from '@/lib/logger';
import { startCheckout } from '@/lib/payments/checkout';
import { reconcilePayments } from '@/lib/payments/reconcile';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { deliverSigned, effectsOf, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());
afterEach(() => vi.restoreAllMocks());

async function openOrder(priceMinor = 2500) {
  const creator = await makeUser('creator');
  const learner = await makeUser('learner');
  const courseId = await makeCourse(creator.id, { priceMinor });
  const session = sessionOf(emu, await startCheckout(learner, courseId));
  return { session, orderId: session.metadata.order_id! };
}

type ErrorSpy = { mock: { calls: unknown[][] } };
const alertsFor = (spy: ErrorSpy, name: string, orderId?: string) =>
  spy.mock.calls.filter(([obj]) => {
    const o = obj as { alert?: string; orderId?: string };
    return o.alert === name && (!orderId || o.orderId === orderId);
  });

describe('payments reconciliation', () => {
  it('PAY-9: a paid session whose webhook never arrived gets access; a second run changes nothing', async () => {
    const { session, orderId } = await openOrder();
    emu.state.pay(session, 'card'); // the event is created but never delivered
    expect((await effectsOf(orderId)).order.status).toBe('pending');

    const spy = vi.spyOn(logger, 'error');
    const first = await reconcilePayments();
    expect(first.fixed).toContainEqual({ orderId, from: 'pending/none/0', to: 'paid/active/0' });
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('paid');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);
    expect(fx.ledger.map((l) => l.kind).sort()).toEqual(['platform_fee', 'sale']);
    expect(alertsFor(spy, 'reconcile_fixed_order', orderId)).toHaveLength(1);

    const second = await reconcilePayments();
    expect(second.fixed.find((f) => f.orderId === orderId)).toBeUndefined();
    expect((await effectsOf(orderId)).ledger).toHaveLength(2);
    expect(alertsFor(spy, 'reconcile_fixed_order', orderId)).toHaveLength(1);
  });

  it('PAY-9: a refunded charge whose enrolment is still active loses access, once', async () => {
    const { session, orderId } = await openOrder();
    const [completed] = emu.state.pay(session, 'card');
    await deliverSigned(emu, completed!);
    expect((await effectsOf(orderId)).enrolments.map((e) => e.status)).toEqual(['active']);
    const charge = emu.state.charges.get(
      emu.state.intents.get(session.payment_intent!)!.latest_charge!,
    )!;
    emu.state.refund(charge, charge.amount); // charge.refunded never reaches the webhook
    session.created -= 30 * 86_400; // an old purchase: only the refund itself is in the window

    const spy = vi.spyOn(logger, 'error');
    const first = await reconcilePayments();
    expect(first.fixed).toContainEqual({
      orderId,
      from: 'paid/active/0',
      to: 'refunded/revoked/2500',
    });
    const fx = await effectsOf(orderId);
    expect(fx.enrolments.map((e) => e.status)).toEqual(['revoked']);
    expect(fx.ledger.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(0);
    expect(alertsFor(spy, 'reconcile_fixed_order', orderId)).toHaveLength(1);

    const second = await reconcilePayments();
    expect(second.fixed.find((f) => f.orderId === orderId)).toBeUndefined();
    expect((await effectsOf(orderId)).ledger).toHaveLength(4);
  });

  it('PAY-9: a second partial refund whose events never arrived is booked late, once', async () => {
    const { session, orderId } = await openOrder(3000);
    const [completed] = emu.state.pay(session, 'card');
    await deliverSigned(emu, completed!);
    const charge = emu.state.charges.get(
      emu.state.intents.get(session.payment_intent!)!.latest_charge!,
    )!;
    emu.state.refund(charge, 1000);
    await deliverSigned(emu, emu.state.events.at(-1)!);
    emu.state.refund(charge, 500); // neither refund.created nor charge.refunded is delivered
    const first = await reconcilePayments();
    expect(first.fixed).toContainEqual({
      orderId,
      from: 'partially_refunded/active/1000',
      to: 'partially_refunded/active/1500',
    });
    const second = await reconcilePayments();
    expect(second.fixed.find((f) => f.orderId === orderId)).toBeUndefined();
    const fx = await effectsOf(orderId);
    expect(fx.ledger.filter((l) => l.kind === 'refund')).toHaveLength(2);
    expect(fx.ledger.reduce((sum, l) => sum + l.amountMinor, 0)).toBe(1200); // 1500 kept, less 20 %
  });

  it('PAY-9: an amount that differs from the order is alerted and never fulfilled', async () => {
    const { session, orderId } = await openOrder();
    session.amount_total = 100; // Stripe charged something else than we priced
    emu.state.pay(session, 'card');
    const spy = vi.spyOn(logger, 'error');
    const report = await reconcilePayments();
    expect(report.mismatched).toContain(orderId);
    expect(report.fixed.find((f) => f.orderId === orderId)).toBeUndefined();
    expect((await effectsOf(orderId)).order.status).toBe('pending');
    expect(alertsFor(spy, 'reconcile_amount_mismatch', orderId)).toHaveLength(1);
  });

  it('PAY-9: missed events with no webhook for hours raise the silent-endpoint alert', async () => {
    const { session, orderId } = await openOrder();
    emu.state.pay(session, 'card');
    const spy = vi.spyOn(logger, 'error');
    // Seven hours on, nothing has been received since this file's last delivery.
    const later = new Date(Date.now() + 7 * 3_600_000);
    const report = await reconcilePayments({ now: later });
    expect(report.fixed.map((f) => f.orderId)).toContain(orderId);
    expect(report.webhookSilent).toBe(true);
    expect(alertsFor(spy, 'webhook_silent')).toHaveLength(1);
    // Nothing left to fix: no alert, even though the endpoint is still quiet.
    expect((await reconcilePayments({ now: later })).webhookSilent).toBe(false);
  });

  it('PAY-9: a session older than the look-back window is left to the daily runs that saw it', async () => {
    const { session, orderId } = await openOrder();
    session.created -= 4 * 86_400;
    emu.state.pay(session, 'card');
    const report = await reconcilePayments();
    expect(report.fixed.find((f) => f.orderId === orderId)).toBeUndefined();
    expect((await effectsOf(orderId)).order.status).toBe('pending');
  });
});
