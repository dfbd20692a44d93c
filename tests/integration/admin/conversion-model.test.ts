import { and, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import {
  auditLog,
  checkoutContexts,
  checkoutMailOptOuts,
  checkoutRecoveryMails,
  mailOutbox,
  mlModels,
  orders,
  type CheckoutDevice,
  type OrderStatus,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { PAYMENT_METHODS } from '@/lib/models/conversion/features';
import { sigmoid } from '@/lib/models/conversion/logistic';
import { plantedSuccessLogit } from '@/scripts/seed/checkouts';
import { createRng } from '@/scripts/seed/random';

import { DAY_MS, makeCourse, makeUser, rejectionOf } from '../../support/dashboard-fixtures';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '198.51.100.7' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const model = {
  ...(await import('@/lib/data/conversion-model')),
  ...(await import('@/lib/data/checkout-recovery')),
};
const { startCheckout } = await import('@/lib/payments/checkout');
const { startTestEmulator } = await import('../payments/emulator');
const { trainConversionAction } = await import('@/lib/actions/admin/train-conversion');
const { sendRecoveryMailAction } = await import('@/lib/actions/admin/send-recovery-mail');
const { unsubscribeCheckoutMailAction } =
  await import('@/lib/actions/checkout-mail/unsubscribe-checkout-mail');

let admin: Viewer;
let creator: Viewer;
const learners: Viewer[] = [];
const courseByPrice = new Map<number, string>();
const PRICES = [1500, 3900, 7900, 14_900];

type Fixture = {
  userId: string;
  price: number;
  method: (typeof PAYMENT_METHODS)[number];
  device: CheckoutDevice;
  firstPurchase: boolean;
  coupon: boolean;
  createdAt: Date;
  status: OrderStatus;
};

async function insertOrder(f: Fixture & { openKey?: string; courseId?: string }) {
  const id = newId();
  await db.insert(orders).values({
    id,
    userId: f.userId,
    courseId: f.courseId ?? courseByPrice.get(f.price)!,
    creatorId: creator.id,
    listPriceMinor: f.price,
    discountMinor: 0,
    amountMinor: f.price,
    currency: 'CNY',
    status: f.status,
    paymentMethod: f.status === 'pending' ? null : f.method,
    openKey: f.openKey ?? null,
    paidAt: f.status === 'paid' ? f.createdAt : null,
    createdAt: f.createdAt,
  });
  await db.insert(checkoutContexts).values({
    orderId: id,
    device: f.device,
    locale: 'zh-CN',
    firstPurchase: f.firstPurchase,
  });
  return id;
}

async function myModelIds() {
  return (
    await db.select({ id: mlModels.id }).from(mlModels).where(eq(mlModels.kind, 'conversion'))
  ).map((r) => r.id);
}

beforeAll(async () => {
  admin = await makeUser('admin');
  creator = await makeUser('creator');
  for (const price of PRICES)
    courseByPrice.set(price, await makeCourse(creator.id, { priceMinor: price, currency: 'CNY' }));
  for (let i = 0; i < 12; i++) learners.push(await makeUser('learner'));
});

// A served conversion model changes every checkout's method order: leave none behind for other files.
afterAll(async () => {
  const ids = await myModelIds();
  if (ids.length) await db.delete(mlModels).where(inArray(mlModels.id, ids));
});

describe('payment-success model', () => {
  it('keeps the given method order while no model is served', async () => {
    expect(await model.loadServedConversionModel()).toBeNull();
    const segment = {
      amountMinor: 14_900,
      currency: 'CNY',
      device: 'desktop',
      locale: 'zh-CN',
      firstPurchase: true,
      coupon: false,
      hour: 10,
    };
    expect(await model.orderPaymentMethods(['card', 'alipay', 'wechat_pay'], segment)).toEqual([
      'card',
      'alipay',
      'wechat_pay',
    ]);
    expect(await model.listLikelyAbandonedForAdmin(admin)).toEqual({
      model: false,
      baseRate: null,
      rows: [],
    });
  });

  it('trains on checkouts with planted structure and beats the base rate on the newest ones', async () => {
    const r = createRng('conversion-integration');
    // Midnight UTC, so the checkouts' hours of day (a feature) are the same whenever the test runs.
    const now = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    for (let i = 0; i < 700; i++) {
      const f: Omit<Fixture, 'status'> = {
        userId: r.pick(learners).id,
        price: r.pick(PRICES),
        method: r.pick(PAYMENT_METHODS),
        device: r.chance(0.5) ? 'desktop' : 'mobile',
        firstPurchase: r.chance(0.4),
        coupon: false,
        createdAt: new Date(now - (2 + (700 - i) * 0.1) * DAY_MS),
      };
      const p = sigmoid(
        plantedSuccessLogit({
          ...f,
          amountMinor: f.price,
          currency: 'CNY',
          hour: f.createdAt.getUTCHours(),
        }),
      );
      await insertOrder({ ...f, status: r.chance(p) ? 'paid' : 'expired' });
    }
    auth.viewer = admin;
    const out = await trainConversionAction(undefined, {});
    expect(out).toMatchObject({ ok: true, data: { version: expect.any(Number) } });
    const served = await model.loadServedConversionModel();
    expect(served?.version).toBe(out.ok ? out.data!.version : -1);
    const [row] = await db
      .select()
      .from(mlModels)
      .where(and(eq(mlModels.kind, 'conversion'), eq(mlModels.version, served!.version)));
    expect(row!.status).toBe('ready');
    const m = row!.metrics as Record<
      'auc' | 'baselineAuc' | 'logLoss' | 'baselineLogLoss' | 'examples' | 'trainMs',
      number
    >;
    expect(m.examples).toBeGreaterThanOrEqual(700);
    expect(m.baselineAuc).toBe(0.5);
    expect(m.auc).toBeGreaterThan(0.65);
    expect(m.logLoss).toBeLessThan(m.baselineLogLoss);
    expect(m.trainMs).toBeGreaterThanOrEqual(0);
    expect((row!.payload as { weights: number[] }).weights).toHaveLength(
      served!.model.weights.length,
    );
  });

  it('orders the offered methods by predicted success: WeChat Pay goes last on a desktop', async () => {
    const segment = {
      amountMinor: 3900,
      currency: 'CNY',
      locale: 'zh-CN',
      firstPurchase: false,
      coupon: false,
      hour: 10,
    };
    const desktop = await model.orderPaymentMethods(['card', 'alipay', 'wechat_pay'], {
      ...segment,
      device: 'desktop',
    });
    expect(desktop.at(-1)).toBe('wechat_pay');
    expect(desktop).toHaveLength(3);
    const mobile = await model.orderPaymentMethods(['card', 'alipay', 'wechat_pay'], {
      ...segment,
      device: 'mobile',
    });
    expect(mobile.indexOf('wechat_pay')).toBeLessThan(2);

    // The Checkout Session is created with the same order for a desktop buyer.
    const emu = await startTestEmulator();
    try {
      const buyer = await makeUser('learner');
      await startCheckout(buyer, courseByPrice.get(3900)!, undefined, {
        device: 'desktop',
        locale: 'zh-CN',
      });
      const call = emu.state.calls.filter((c) => c.path === '/v1/checkout/sessions').at(-1)!;
      const offered = Object.values(
        call.body.allowed_payment_method_types as Record<string, string>,
      );
      expect(offered).toEqual(desktop);
      const [ctx] = await db
        .select()
        .from(checkoutContexts)
        .innerJoin(orders, eq(orders.id, checkoutContexts.orderId))
        .where(eq(orders.userId, buyer.id));
      expect(ctx!.checkout_contexts).toMatchObject({
        device: 'desktop',
        locale: 'zh-CN',
        firstPurchase: true,
      });
    } finally {
      await emu.close();
    }
  });

  it('a failed training leaves a failed row and the served version unchanged', async () => {
    const before = await model.loadServedConversionModel();
    const err = await rejectionOf(
      model.trainConversionModel({
        trainer: () => {
          throw new Error('injected training failure');
        },
      }),
    );
    expect((err as Error).message).toBe('injected training failure');
    const [latest] = await db
      .select()
      .from(mlModels)
      .where(eq(mlModels.kind, 'conversion'))
      .orderBy(desc(mlModels.version))
      .limit(1);
    expect(latest).toMatchObject({ status: 'failed', error: 'injected training failure' });
    expect(latest!.version).toBe(before!.version + 1);
    expect((await model.loadServedConversionModel())?.version).toBe(before!.version);
    const summary = await model.getConversionModelForAdmin(admin);
    expect(summary.served?.version).toBe(before!.version);
    expect(summary.lastFailed).toEqual({ version: latest!.version });
  });

  it('lists open checkouts with low predicted success, least likely first', async () => {
    const buyer = await makeUser('learner');
    const risky = await insertOrder({
      userId: buyer.id,
      price: 14_900,
      method: 'wechat_pay',
      device: 'desktop',
      firstPurchase: true,
      coupon: false,
      createdAt: new Date(Date.now() - 3_600_000),
      status: 'pending',
      openKey: `${buyer.id}:${courseByPrice.get(14_900)}`,
    });
    const safe = await insertOrder({
      userId: buyer.id,
      price: 1500,
      method: 'alipay',
      device: 'mobile',
      firstPurchase: false,
      coupon: false,
      createdAt: new Date(Date.now() - 3_600_000),
      status: 'pending',
      openKey: `${buyer.id}:${courseByPrice.get(1500)}`,
    });
    const { rows, baseRate } = await model.listLikelyAbandonedForAdmin(admin);
    const ids = rows.map((r) => r.orderId);
    expect(ids).toContain(risky);
    expect(ids).not.toContain(safe);
    for (const r of rows) expect(r.predicted).toBeLessThan(baseRate!);
    expect(rows.map((r) => r.predicted)).toEqual(
      [...rows.map((r) => r.predicted)].sort((a, b) => a - b),
    );
    expect(rows.find((r) => r.orderId === risky)).toMatchObject({
      recovery: 'available',
      buyerName: buyer.name,
    });
    expect(Object.keys(rows[0]!)).not.toContain('email');
  });

  it('writes one recovery mail per order, audited, and a working unsubscribe link stops further mails', async () => {
    const buyer = await makeUser('learner');
    const open = (price: number) =>
      insertOrder({
        userId: buyer.id,
        price,
        method: 'card',
        device: 'desktop',
        firstPurchase: true,
        coupon: false,
        createdAt: new Date(Date.now() - 600_000),
        status: 'awaiting_payment',
        openKey: `${buyer.id}:${courseByPrice.get(price)}`,
      });
    const first = await open(7900);
    auth.viewer = admin;
    expect(await sendRecoveryMailAction(undefined, { orderId: first })).toMatchObject({ ok: true });
    expect(await sendRecoveryMailAction(undefined, { orderId: first })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      formError: 'ConversionModel.errors.alreadySent',
    });
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, buyer.email!));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.template).toBe('checkoutRecovery');
    expect(mails[0]!.textBody).toContain(`/courses/course-${courseByPrice.get(7900)}`);
    const [rec] = await db
      .select()
      .from(checkoutRecoveryMails)
      .where(eq(checkoutRecoveryMails.orderId, first));
    expect(rec).toMatchObject({ userId: buyer.id, sentBy: admin.id, mailId: mails[0]!.id });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, first), eq(auditLog.action, 'checkout.recovery_mail')));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: admin.id, actorIp: '198.51.100.7' });

    const link = new URL(
      /https?:\/\/\S+\/unsubscribe\/checkout\?\S+/.exec(mails[0]!.textBody!)![0],
    );
    const u = link.searchParams.get('u')!;
    const t = link.searchParams.get('t')!;
    expect(u).toBe(buyer.id);
    auth.viewer = null;
    const forged = `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;
    expect(await unsubscribeCheckoutMailAction(undefined, { u, t: forged })).toMatchObject({
      ok: false,
      formError: 'ConversionModel.errors.invalidLink',
    });
    expect(
      await db.select().from(checkoutMailOptOuts).where(eq(checkoutMailOptOuts.userId, buyer.id)),
    ).toHaveLength(0);
    expect(await unsubscribeCheckoutMailAction(undefined, { u, t })).toMatchObject({ ok: true });
    expect(await unsubscribeCheckoutMailAction(undefined, { u, t })).toMatchObject({ ok: true });
    expect(
      await db.select().from(checkoutMailOptOuts).where(eq(checkoutMailOptOuts.userId, buyer.id)),
    ).toHaveLength(1);

    const second = await open(14_900);
    auth.viewer = admin;
    expect(await sendRecoveryMailAction(undefined, { orderId: second })).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      formError: 'ConversionModel.errors.optedOut',
    });
    expect(
      await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, buyer.email!)),
    ).toHaveLength(1);
    const listed = (await model.listLikelyAbandonedForAdmin(admin)).rows.find(
      (r) => r.orderId === second,
    );
    if (listed) expect(listed.recovery).toBe('opted_out');
  });

  it('refuses learners and creators everywhere', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      for (const p of [
        model.listLikelyAbandonedForAdmin(viewer),
        model.getConversionModelForAdmin(viewer),
        model.trainConversionModelForAdmin(viewer),
        model.sendCheckoutRecoveryMail(viewer, newId(), '203.0.113.1'),
      ]) {
        const err = await rejectionOf(p);
        expect(isAppError(err) && err.code).toBe('FORBIDDEN');
      }
      auth.viewer = viewer;
      const before = (await myModelIds()).length;
      expect(await trainConversionAction(undefined, {})).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect(await sendRecoveryMailAction(undefined, { orderId: newId() })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      });
      expect((await myModelIds()).length).toBe(before);
    }
  });
});
