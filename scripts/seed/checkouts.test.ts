import { describe, expect, it } from 'vitest';

import { trainConversion, type LabelledCheckout } from '@/lib/models/conversion/train';

import { buildSeedPlan } from './build';

const now = new Date('2026-11-25T00:00:00Z');
const { rows } = buildSeedPlan({ now, passwordHash: 'phc', adminTotpSealed: 'sealed' });
const contexts = new Map(rows.checkoutContexts.map((c) => [c.orderId, c]));
const users = new Map(rows.users.map((u) => [u.id, u]));
const COMPLETED = new Set(['paid', 'refunded', 'partially_refunded', 'disputed']);

const examples: LabelledCheckout[] = rows.orders
  .filter((o) => o.status !== 'pending' && o.status !== 'awaiting_payment')
  .map((o) => {
    const c = contexts.get(o.id)!;
    return {
      startedAt: o.createdAt!,
      completed: COMPLETED.has(o.status!),
      amountMinor: o.amountMinor,
      currency: o.currency,
      method: o.paymentMethod ?? null,
      coupon: o.couponId != null,
      device: c.device,
      locale: c.locale,
      firstPurchase: c.firstPurchase,
      hour: o.createdAt!.getUTCHours(),
    };
  });

const rate = (xs: LabelledCheckout[]) => xs.filter((x) => x.completed).length / xs.length;

describe('seeded checkouts', () => {
  it('give every order a context and the open ones an open key', () => {
    for (const o of rows.orders) expect(contexts.has(o.id)).toBe(true);
    const open = rows.orders.filter(
      (o) => o.status === 'pending' || o.status === 'awaiting_payment',
    );
    expect(open.length).toBeGreaterThanOrEqual(20);
    for (const o of open) {
      expect(o.openKey).toBe(`${o.userId}:${o.courseId}`);
      expect(users.get(o.userId)?.email).toBeTruthy();
    }
  });

  it('carry the planted structure', () => {
    const cny = examples.filter((e) => e.currency === 'CNY');
    const wechat = (device: string) =>
      cny.filter((e) => e.method === 'wechat_pay' && e.device === device);
    expect(rate(wechat('desktop'))).toBeLessThan(rate(wechat('mobile')) - 0.1);
    expect(rate(examples.filter((e) => e.coupon))).toBeGreaterThan(
      rate(examples.filter((e) => !e.coupon)),
    );
    expect(rate(examples.filter((e) => e.firstPurchase))).toBeLessThan(
      rate(examples.filter((e) => !e.firstPurchase)),
    );
  });

  it('let the model beat the base rate on the newest fifth', () => {
    const { metrics } = trainConversion(examples);
    expect(metrics.baselineAuc).toBe(0.5);
    expect(metrics.auc).toBeGreaterThan(0.62);
    expect(metrics.logLoss).toBeLessThan(metrics.baselineLogLoss);
  });
});
