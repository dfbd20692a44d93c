import { and, desc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
// Fault injection: the audit write fails on demand, after the reset ran in the same transaction.
const fault = vi.hoisted(() => ({ audit: false }));
vi.mock('@/lib/data/audit', async (importOriginal) => {
  const real = await importOriginal<typeof AuditModule>();
  return {
    writeAudit: async (...args: Parameters<typeof real.writeAudit>) => {
      if (fault.audit) throw new Error('audit insert failed');
      return real.writeAudit(...args);
    },
  };
});

import { db } from '@/db';
import {
  auditLog,
  authTokens,
  courseSections,
  lessonProgress,
  lessons,
  mailOutbox,
  reports,
  reviews,
  users,
} from '@/db/schema';
import { forcePasswordResetAction } from '@/lib/actions/admin/force-password-reset';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { getViewer } from '@/lib/auth/guards';
import type { Viewer } from '@/lib/auth/viewer';
import type * as AuditModule from '@/lib/data/audit';
import { getUserDetailForAdmin } from '@/lib/data/admin-user-detail';
import { forcePasswordReset } from '@/lib/data/admin-users';
import { newId } from '@/lib/ids';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { enroll, makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';
import { getCookie, replaceCookies, resetRequest, setClientIp } from '@/tests/support/next-headers';

let n = 0;
const ip = () => `198.51.100.${++n}`;

async function signInAs(email: string, password: string) {
  resetRequest();
  setClientIp(ip());
  return runAction(signInAction, { email, password });
}

async function actAs(user: TestUser) {
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
}

const auditRowsFor = (targetId: string) =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, targetId), eq(auditLog.action, 'user.force_password_reset')));

const liveResetTokens = async (userId: string) =>
  (
    await db
      .select({ usedAt: authTokens.usedAt })
      .from(authTokens)
      .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, 'reset_password')))
  ).filter((r) => r.usedAt === null).length;

const resetFlag = async (userId: string) =>
  (
    await db.select({ at: users.passwordResetRequiredAt }).from(users).where(eq(users.id, userId))
  )[0]!.at;

beforeEach(() => resetRequest());

describe('admin user detail', () => {
  it('ACCESS-4: shows orders, enrolments with completed lessons, reports both ways and audit rows', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const reporter = await makeUser('learner');
    const courseId = await makeCourse(creator.id, { title: 'Detail course' });
    const orderId = await paidOrder({
      buyerId: learner.id,
      courseId,
      creatorId: creator.id,
      amountMinor: 1999,
      currency: 'USD',
    });
    await enroll(learner.id, courseId);
    const sectionId = newId();
    await db.insert(courseSections).values({ id: sectionId, courseId, title: 'S', position: 0 });
    const lessonIds = [newId(), newId()];
    await db.insert(lessons).values(
      lessonIds.map((id, i) => ({
        id,
        courseId,
        sectionId,
        title: `L${i}`,
        kind: 'article' as const,
        position: i,
      })),
    );
    await db.insert(lessonProgress).values([
      { userId: learner.id, lessonId: lessonIds[0]!, courseId, completedAt: new Date() },
      { userId: learner.id, lessonId: lessonIds[1]!, courseId },
    ]);
    const reviewId = newId();
    await db
      .insert(reviews)
      .values({ id: reviewId, userId: learner.id, courseId, rating: 1, body: 'Bad' });
    const [byId, aboutUserId, aboutReviewId] = [newId(), newId(), newId()];
    await db.insert(reports).values([
      {
        id: byId,
        reporterId: learner.id,
        targetType: 'course',
        targetId: courseId,
        reason: 'spam',
      },
      {
        id: aboutUserId,
        reporterId: reporter.id,
        targetType: 'user',
        targetId: learner.id,
        reason: 'abuse',
      },
      {
        id: aboutReviewId,
        reporterId: reporter.id,
        targetType: 'review',
        targetId: reviewId,
        reason: 'abuse',
      },
    ]);
    await db.insert(auditLog).values([
      { actorUserId: admin.id, action: 'user.role', targetType: 'user', targetId: learner.id },
      { actorUserId: learner.id, action: 'refund.request', targetType: 'order', targetId: orderId },
      { actorUserId: admin.id, action: 'user.role', targetType: 'user', targetId: reporter.id },
    ]);

    const detail = (await getUserDetailForAdmin(admin, learner.id))!;
    expect(detail.profile).toMatchObject({ id: learner.id, role: 'learner', status: 'active' });
    expect(detail.orders).toEqual([
      expect.objectContaining({
        id: orderId,
        courseTitle: 'Detail course',
        total: { amountMinor: 1999, currency: 'USD' },
        status: 'paid',
      }),
    ]);
    expect(detail.enrolments).toEqual([
      expect.objectContaining({ courseId, lessonsCompleted: 1, status: 'active' }),
    ]);
    expect(detail.reportsBy.map((r) => r.id)).toEqual([byId]);
    expect(detail.reportsAgainst.map((r) => r.id).sort()).toEqual(
      [aboutUserId, aboutReviewId].sort(),
    );
    expect(detail.audit.map((a) => a.action).sort()).toEqual(['refund.request', 'user.role']);
    // DATA-1: no secrets leave the function.
    expect(JSON.stringify(detail)).not.toMatch(/passwordHash|totpSecret/);
  });

  it('ACCESS-4: learners and creators are refused, unknown ids are null', async () => {
    const target = await makeUser('learner');
    for (const role of ['learner', 'creator'] as const) {
      const viewer: Viewer = await makeUser(role);
      await expect(getUserDetailForAdmin(viewer, target.id)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(forcePasswordReset(viewer, '127.0.0.1', target.id)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect(await getUserDetailForAdmin(await makeUser('admin'), newId())).toBeNull();
  });
});

describe('force password reset', () => {
  it('AUTH-4: ends the sessions, refuses the old password, mails a link, writes one audit row', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const victim = await createTestUser();
    const signedIn = await signInAs(victim.email, victim.password);
    expect(signedIn.redirect).toBeDefined();
    const victimCookie = getCookie(SESSION_COOKIE)!.value;

    await actAs(admin);
    const out = await runAction(forcePasswordResetAction, { userId: victim.id, reason: 'leak' });
    expect(out.state).toMatchObject({ ok: true, message: 'AdminUserDetail.resetForced' });

    replaceCookies([{ name: SESSION_COOKIE, value: victimCookie }]);
    expect(await getViewer()).toBeNull();
    const again = await signInAs(victim.email, victim.password);
    expect(again.redirect).toBeUndefined();
    expect(again.state).toMatchObject({
      ok: false,
      formError: 'AdminUserDetail.signInResetRequired',
    });

    const audits = await auditRowsFor(victim.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorUserId: admin.id, reason: 'leak' });
    expect(await liveResetTokens(victim.id)).toBe(1);

    const [mail] = await db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, victim.email))
      .orderBy(desc(mailOutbox.id))
      .limit(1);
    expect(mail?.template).toBe('resetPassword');
    const token = /token=([^\s&"]+)/.exec(mail!.textBody!)![1]!;
    const reset = await runAction(resetPasswordAction, {
      token: decodeURIComponent(token),
      password: 'a brand new passphrase',
      confirmPassword: 'a brand new passphrase',
    });
    expect(reset.state).toMatchObject({ ok: true });
    expect(await resetFlag(victim.id)).toBeNull();
    expect((await signInAs(victim.email, 'a brand new passphrase')).redirect).toBeDefined();
  });

  it('ACCESS-5: a failing audit insert rolls the reset back (no flag, no session end, no link)', async () => {
    const admin = await makeUser('admin');
    const victim = await createTestUser();
    const sv = await sessionVersionOf(victim.id);
    fault.audit = true;
    try {
      await expect(forcePasswordReset(admin, '127.0.0.1', victim.id, 'Leaked')).rejects.toThrow(
        'audit insert failed',
      );
    } finally {
      fault.audit = false;
    }
    expect(await sessionVersionOf(victim.id)).toBe(sv);
    expect(await resetFlag(victim.id)).toBeNull();
    expect(await liveResetTokens(victim.id)).toBe(0);
    expect(await auditRowsFor(victim.id)).toHaveLength(0);
    const mails = await db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, victim.email));
    expect(mails).toHaveLength(0);
  });

  it('ACCESS-4: learners and creators get FORBIDDEN from the action and nothing changes', async () => {
    const victim = await createTestUser();
    for (const role of ['learner', 'creator'] as const) {
      await actAs(await createTestUser({ role }));
      const out = await runAction(forcePasswordResetAction, { userId: victim.id });
      expect(out.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await resetFlag(victim.id)).toBeNull();
    expect(await auditRowsFor(victim.id)).toHaveLength(0);
  });

  it('refuses an admin resetting their own account', async () => {
    const admin = await makeUser('admin');
    await expect(forcePasswordReset(admin, '127.0.0.1', admin.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
