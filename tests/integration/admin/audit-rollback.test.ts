import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { auditLog, coupons, courses, platformSettings, refunds, users } from '@/db/schema';
import type * as AuditModule from '@/lib/data/audit';
import { newId } from '@/lib/ids';

import { insertOrder, makeCourse, makeUser } from '../../support/dashboard-fixtures';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
// Fault injection: every audit write fails, after the change it records ran in the same transaction.
vi.mock('@/lib/data/audit', async (importOriginal) => {
  const real = await importOriginal<typeof AuditModule>();
  return {
    writeAudit: async (...args: Parameters<typeof AuditModule.writeAudit>) => {
      if (args[3].targetId.startsWith('keep-')) return real.writeAudit(...args);
      throw new Error('audit insert failed');
    },
  };
});

const { setUserRole, setUserStatus, forcePasswordReset } = await import('@/lib/data/admin-users');
const { decideCourseReview } = await import('@/lib/data/course-review');
const { updatePlatformSettings, getPlatformSettingsForAdmin } =
  await import('@/lib/data/admin-settings');
const { adminRefundOrder, decideRefund } = await import('@/lib/payments/refunds');
const { setCoursePrice } = await import('@/lib/data/studio-pricing');
const { createCoupon, deactivateCoupon } = await import('@/lib/data/coupons');

const row = async <T>(p: Promise<T[]>) => (await p)[0];

describe('ACCESS-5: a failing audit insert rolls the change back', () => {
  it('for role grants, suspensions and forced password resets', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('learner');
    const before = await row(db.select().from(users).where(eq(users.id, target.id)));
    await expect(setUserRole(admin, '', target.id, 'creator', 'Promote')).rejects.toThrow(
      'audit insert failed',
    );
    await expect(setUserStatus(admin, '', target.id, 'suspended', 'Spam')).rejects.toThrow(
      'audit insert failed',
    );
    await expect(forcePasswordReset(admin, '', target.id, 'Leaked')).rejects.toThrow(
      'audit insert failed',
    );
    expect(await row(db.select().from(users).where(eq(users.id, target.id)))).toEqual(before);
  });

  it('for course review decisions and the platform settings', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { status: 'in_review' });
    await expect(
      decideCourseReview(admin, courseId, { decision: 'approve', note: '' }),
    ).rejects.toThrow('audit insert failed');
    await expect(
      decideCourseReview(admin, courseId, { decision: 'reject', reason: 'copyright', note: '' }),
    ).rejects.toThrow('audit insert failed');
    expect(await row(db.select().from(courses).where(eq(courses.id, courseId)))).toMatchObject({
      status: 'in_review',
      moderationReason: null,
      approvedSnapshot: null,
    });

    const settings = await getPlatformSettingsForAdmin(admin);
    await expect(
      updatePlatformSettings(admin, '', { ...settings, platformFeeBps: 4321, reason: 'Test' }),
    ).rejects.toThrow('audit insert failed');
    expect(await getPlatformSettingsForAdmin(admin)).toEqual(settings);
    expect(
      await db.select().from(platformSettings).where(eq(platformSettings.value, 4321)),
    ).toEqual([]);
  });

  it('for refunds an admin issues or decides, and creators’ prices and coupons', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    const buyer = await makeUser('learner');
    const courseId = await makeCourse(creator.id, { priceMinor: 4900 });
    const order = (status: 'paid') =>
      insertOrder({
        buyerId: buyer.id,
        courseId,
        creatorId: creator.id,
        amountMinor: 4900,
        currency: 'USD',
        status,
        paidAt: new Date(),
        createdAt: new Date(),
      });
    const direct = await order('paid');
    await expect(adminRefundOrder(admin, direct, 'Goodwill')).rejects.toThrow(
      'audit insert failed',
    );
    expect(await db.select().from(refunds).where(eq(refunds.orderId, direct))).toEqual([]);

    const requested = await order('paid');
    const refundId = newId();
    await db.insert(refunds).values({
      id: refundId,
      orderId: requested,
      amountMinor: 4900,
      currency: 'USD',
      reason: 'Not for me',
      requestedBy: buyer.id,
    });
    await expect(decideRefund(admin, refundId, 'decline', 'Outside the rule')).rejects.toThrow(
      'audit insert failed',
    );
    expect(await row(db.select().from(refunds).where(eq(refunds.id, refundId)))).toMatchObject({
      status: 'requested',
      decidedBy: null,
    });

    await expect(
      setCoursePrice(creator, { courseId, currency: 'USD', priceMinor: 100, altPriceMinor: null }),
    ).rejects.toThrow('audit insert failed');
    expect((await row(db.select().from(courses).where(eq(courses.id, courseId))))!.priceMinor).toBe(
      4900,
    );
    const terms = {
      courseId,
      percentOff: 10,
      amountOffMinor: null,
      maxRedemptions: null,
      perUserLimit: 1,
      validUntil: null,
    };
    await expect(createCoupon(creator, terms)).rejects.toThrow('audit insert failed');
    expect(await db.select().from(coupons).where(eq(coupons.courseId, courseId))).toEqual([]);

    const coupon = async (id: string) => {
      await db.insert(coupons).values({
        id,
        code: newId(12).toUpperCase(),
        creatorId: creator.id,
        courseId,
        percentOff: 10,
      });
      return id;
    };
    const stays = await coupon(newId());
    await expect(deactivateCoupon(creator, stays)).rejects.toThrow('audit insert failed');
    expect((await row(db.select().from(coupons).where(eq(coupons.id, stays))))!.active).toBe(true);
    const couponId = await coupon(`keep-${newId(10)}`);
    // The mock lets "keep-" targets through: deactivating this one writes its row and sticks.
    await deactivateCoupon(creator, couponId);
    expect((await row(db.select().from(coupons).where(eq(coupons.id, couponId))))!.active).toBe(
      false,
    );
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, couponId))).toHaveLength(1);
  });
});
