import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { enrollments, orders } from '@/db/schema';
import { startCheckoutAction } from '@/lib/actions/payments/start-checkout';
import { getViewer } from '@/lib/auth/guards';
import { confirmCheckout, getMyOrder } from '@/lib/data/orders';
import { startCheckout } from '@/lib/payments/checkout';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

import { deliverSigned, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());
beforeEach(() => resetRequest());

async function actAs(user: TestUser) {
  resetRequest();
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
  return (await getViewer())!;
}

const creates = () => emu.state.calls.filter((c) => c.path === '/v1/checkout/sessions');

describe('checkout', () => {
  it('PAY-1: a tampered amount, currency, price id or course field cannot change the charge', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 4900, currency: 'CNY' });
    const cheap = await makeCourse(creator.id, { priceMinor: 100, currency: 'USD' });
    await actAs(await createTestUser({ verified: true }));
    const before = creates().length;
    // The currency field only picks among the course's own prices: another one is refused.
    const unknown = await runAction(startCheckoutAction, { courseId, currency: 'jpy' });
    expect(unknown.state).toMatchObject({
      ok: false,
      fieldErrors: { currency: ['Checkout.errors.currencyNotOffered'] },
    });
    const notSold = await runAction(startCheckoutAction, { courseId, currency: 'USD' });
    expect(notSold.state).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      formError: 'Checkout.errors.currencyNotOffered',
    });
    expect(creates().length).toBe(before);
    const out = await runAction(startCheckoutAction, {
      courseId,
      amount: '1',
      unit_amount: '1',
      priceId: 'price_cheap',
      quantity: '100',
      course_id: cheap,
    });
    expect(out.redirect).toMatch(/\/checkout\/cs_test_/);
    const call = creates().at(-1)!;
    expect(creates().length).toBe(before + 1);
    const item = (call.body.line_items as Record<string, Record<string, unknown>>)['0']!;
    expect(item).toMatchObject({
      quantity: '1',
      price_data: { currency: 'cny', unit_amount: '4900' },
    });
    expect(call.body.allowed_payment_method_types).toEqual({
      0: 'card',
      1: 'alipay',
      2: 'wechat_pay',
    });
    expect(call.idempotencyKey).toMatch(/^checkout:/);
    const session = sessionOf(emu, out.redirect!);
    expect(session.metadata.course_id).toBe(courseId);
    expect(session.client_reference_id).toBe(session.metadata.order_id);
  });

  it('PAY-1: a course sold in USD and CNY charges the stored price of the chosen currency, and a switch re-prices the open order', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, {
      priceMinor: 1999,
      currency: 'USD',
      alt: { priceMinor: 12900, currency: 'CNY' },
    });
    const learner = await makeUser('learner');
    const usdUrl = await startCheckout(learner, courseId);
    const usd = sessionOf(emu, usdUrl);
    expect(usd).toMatchObject({ currency: 'usd', amount_total: 1999 });
    const cny = sessionOf(emu, await startCheckout(learner, courseId, { currency: 'CNY' }));
    expect(cny).toMatchObject({ currency: 'cny', amount_total: 12900 });
    expect(cny.payment_method_types).toEqual(['card', 'alipay', 'wechat_pay']);
    // Still one order, now in CNY; the USD session it replaced can no longer be paid.
    const rows = await db
      .select()
      .from(orders)
      .where(and(eq(orders.userId, learner.id), eq(orders.courseId, courseId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ currency: 'CNY', amountMinor: 12900, listPriceMinor: 12900 });
    expect(emu.state.sessions.get(usd.id)?.status).toBe('expired');
    // Without a choice, a Chinese-language buyer pays in CNY, as the course page showed them.
    const zh = { ...(await makeUser('learner')), locale: 'zh-CN' };
    expect(sessionOf(emu, await startCheckout(zh, courseId))).toMatchObject({ currency: 'cny' });
  });

  it('PAY-1: double click and two tabs give one open order and one session', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const courseId = await makeCourse(creator.id, { priceMinor: 2000 });
    const urls = await Promise.all([
      startCheckout(learner, courseId),
      startCheckout(learner, courseId),
      startCheckout(learner, courseId),
    ]);
    expect(new Set(urls).size).toBe(1);
    const rows = await db
      .select()
      .from(orders)
      .where(and(eq(orders.userId, learner.id), eq(orders.courseId, courseId)));
    expect(rows).toHaveLength(1);
    expect(await startCheckout(learner, courseId)).toBe(urls[0]);
  });

  it('PAY-1: USD offers card and Alipay only; own, unverified and already-owned purchases are refused', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 2000, currency: 'USD' });
    const learner = await makeUser('learner');
    const url = await startCheckout(learner, courseId);
    expect(sessionOf(emu, url).payment_method_types).toEqual(['card', 'alipay']);
    await expect(startCheckout(creator, courseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      startCheckout({ ...learner, emailVerified: false }, courseId),
    ).rejects.toMatchObject({ message: 'Checkout.errors.verifyEmail' });
    const owner = await makeUser('learner');
    await db
      .insert(enrollments)
      .values({ id: owner.id, userId: owner.id, courseId, source: 'purchase' });
    await expect(startCheckout(owner, courseId)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('PAY-8: the success page grants nothing for a random, an unpaid, or another user’s session', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 2000 });
    const a = await makeUser('learner');
    const b = await makeUser('learner');
    expect(await confirmCheckout(b, 'cs_test_random')).toEqual({ state: 'unknown' });
    const session = sessionOf(emu, await startCheckout(a, courseId));
    expect((await confirmCheckout(a, session.id)).state).toBe('processing');
    emu.state.pay(session, 'card');
    expect(await confirmCheckout(b, session.id)).toEqual({ state: 'unknown' });
    const own = await db.select().from(enrollments).where(eq(enrollments.userId, b.id));
    expect(own).toHaveLength(0);
    // The payer's own success page fulfils even before the webhook arrives.
    expect((await confirmCheckout(a, session.id)).state).toBe('paid');
    const granted = await db.select().from(enrollments).where(eq(enrollments.userId, a.id));
    expect(granted.map((e) => e.status)).toEqual(['active']);
    // The late webhook changes nothing more.
    const late = emu.state.events.filter((e) => e.type === 'checkout.session.completed').at(-1)!;
    expect((await deliverSigned(emu, late)).status).toBe(200);
    expect(await db.select().from(enrollments).where(eq(enrollments.userId, a.id))).toHaveLength(1);
  });

  it('ACCESS-1: another user’s order id is not found; the buyer sees their timeline', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 2000 });
    const a = await makeUser('learner');
    const b = await makeUser('learner');
    const session = sessionOf(emu, await startCheckout(a, courseId));
    const orderId = session.metadata.order_id!;
    expect(await getMyOrder(b, orderId)).toBeNull();
    const mine = await getMyOrder(a, orderId);
    expect(mine?.timeline.map((e) => e.type)).toEqual(['created', 'checkout_opened']);
  });
});
