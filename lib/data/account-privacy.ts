import 'server-only';

import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  accounts,
  authTokens,
  behaviourEvents,
  courses,
  creatorProfiles,
  enrollments,
  lessonComments,
  lessonProgress,
  mailOutbox,
  mediaAssets,
  orders,
  recoveryCodes,
  refunds,
  reports,
  reviews,
  smsCodes,
  smsOutbox,
  users,
  wishlistItems,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

const EXPORT_EVENT_LIMIT = 20_000;

/**
 * DATA-2 export: everything we hold about the viewer, scoped to the viewer's id in every query.
 * Secrets (password hash, TOTP secret, recovery codes, token hashes) are not personal data to hand
 * out and are left out.
 */
export async function exportAccountData(viewer: Viewer) {
  const uid = viewer.id;
  const [profile] = await db
    .select({
      id: users.id,
      email: users.email,
      phone: users.phone,
      name: users.name,
      image: users.image,
      role: users.role,
      locale: users.locale,
      emailVerifiedAt: users.emailVerified,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      twoFactorEnabledAt: users.totpEnabledAt,
    })
    .from(users)
    .where(eq(users.id, uid));
  const [creator] = await db
    .select({
      slug: creatorProfiles.slug,
      displayName: creatorProfiles.displayName,
      headline: creatorProfiles.headline,
      bio: creatorProfiles.bio,
      avatarUrl: creatorProfiles.avatarUrl,
      payoutCountry: creatorProfiles.payoutCountry,
    })
    .from(creatorProfiles)
    .where(eq(creatorProfiles.userId, uid));
  return {
    exportedAt: new Date().toISOString(),
    profile: profile ?? null,
    creatorProfile: creator ?? null,
    linkedAccounts: await db
      .select({ provider: accounts.provider })
      .from(accounts)
      .where(eq(accounts.userId, uid)),
    orders: await db
      .select({
        id: orders.id,
        courseId: orders.courseId,
        amountMinor: orders.amountMinor,
        currency: orders.currency,
        status: orders.status,
        paymentMethod: orders.paymentMethod,
        paidAt: orders.paidAt,
        refundedAt: orders.refundedAt,
        createdAt: orders.createdAt,
      })
      .from(orders)
      .where(eq(orders.userId, uid)),
    enrollments: await db
      .select({
        courseId: enrollments.courseId,
        status: enrollments.status,
        source: enrollments.source,
        progressPercent: enrollments.progressPercent,
        completedAt: enrollments.completedAt,
        createdAt: enrollments.createdAt,
      })
      .from(enrollments)
      .where(eq(enrollments.userId, uid)),
    progress: await db
      .select({
        lessonId: lessonProgress.lessonId,
        courseId: lessonProgress.courseId,
        positionSec: lessonProgress.positionSec,
        completedAt: lessonProgress.completedAt,
        updatedAt: lessonProgress.updatedAt,
      })
      .from(lessonProgress)
      .where(eq(lessonProgress.userId, uid)),
    reviews: await db
      .select({
        courseId: reviews.courseId,
        rating: reviews.rating,
        body: reviews.body,
        status: reviews.status,
        createdAt: reviews.createdAt,
      })
      .from(reviews)
      .where(eq(reviews.userId, uid)),
    comments: await db
      .select({
        lessonId: lessonComments.lessonId,
        body: lessonComments.body,
        status: lessonComments.status,
        createdAt: lessonComments.createdAt,
      })
      .from(lessonComments)
      .where(eq(lessonComments.userId, uid)),
    wishlist: await db
      .select({ courseId: wishlistItems.courseId, createdAt: wishlistItems.createdAt })
      .from(wishlistItems)
      .where(eq(wishlistItems.userId, uid)),
    reports: await db
      .select({
        targetType: reports.targetType,
        targetId: reports.targetId,
        reason: reports.reason,
        details: reports.details,
        createdAt: reports.createdAt,
      })
      .from(reports)
      .where(eq(reports.reporterId, uid)),
    events: await db
      .select({
        type: behaviourEvents.type,
        courseId: behaviourEvents.courseId,
        lessonId: behaviourEvents.lessonId,
        value: behaviourEvents.value,
        createdAt: behaviourEvents.createdAt,
      })
      .from(behaviourEvents)
      .where(eq(behaviourEvents.userId, uid))
      .orderBy(desc(behaviourEvents.id))
      .limit(EXPORT_EVENT_LIMIT),
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;

/**
 * DATA-2 deletion, one transaction: personal data is removed or anonymised; orders, refunds and
 * enrolments stay for accounting, pointing at a row that no longer names anyone; the session
 * version bump ends every session (AUTH-4). Returns storage keys of the person's images so the
 * caller can delete the files after commit.
 */
export async function deleteAccountData(viewer: Viewer): Promise<{ imageKeys: string[] }> {
  const uid = viewer.id;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ email: users.email, phone: users.phone, image: users.image })
      .from(users)
      .where(eq(users.id, uid))
      .for('update');
    if (!row) return { imageKeys: [] };
    await tx
      .update(users)
      .set({
        email: `deleted-${uid.toLowerCase()}@deleted.invalid`,
        name: 'Deleted user',
        phone: null,
        image: null,
        passwordHash: null,
        emailVerified: null,
        totpSecret: null,
        totpEnabledAt: null,
        lockedUntil: null,
        failedLoginCount: 0,
        status: 'deleted',
        deletedAt: new Date(),
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, uid));
    await tx.delete(accounts).where(eq(accounts.userId, uid));
    await tx.delete(authTokens).where(eq(authTokens.userId, uid));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, uid));
    await tx.delete(behaviourEvents).where(eq(behaviourEvents.userId, uid));
    await tx.delete(wishlistItems).where(eq(wishlistItems.userId, uid));
    await tx.delete(lessonProgress).where(eq(lessonProgress.userId, uid));
    await tx
      .update(lessonComments)
      .set({ body: '', status: 'removed' })
      .where(eq(lessonComments.userId, uid));
    await tx
      .update(reviews)
      .set({ body: null })
      .where(and(eq(reviews.userId, uid), isNotNull(reviews.body)));
    await tx.update(reports).set({ details: null }).where(eq(reports.reporterId, uid));
    if (row.email) await tx.delete(mailOutbox).where(eq(mailOutbox.toAddress, row.email));
    if (row.phone) {
      await tx.delete(smsOutbox).where(eq(smsOutbox.toPhone, row.phone));
      await tx.delete(smsCodes).where(eq(smsCodes.phone, row.phone));
    }
    // A departing creator's courses leave the catalogue; buyers keep access through their enrolments.
    await tx
      .update(courses)
      .set({ status: 'archived' })
      .where(and(eq(courses.creatorId, uid), ne(courses.status, 'archived')));
    await tx.delete(creatorProfiles).where(eq(creatorProfiles.userId, uid));
    const images = await tx
      .select({ id: mediaAssets.id, key: mediaAssets.storageKey })
      .from(mediaAssets)
      .where(and(eq(mediaAssets.ownerId, uid), eq(mediaAssets.originalName, 'avatar.webp')));
    if (images.length > 0)
      await tx.delete(mediaAssets).where(
        inArray(
          mediaAssets.id,
          images.map((i) => i.id),
        ),
      );
    // Refund reasons are free text written by the buyer.
    const own = tx.select({ id: orders.id }).from(orders).where(eq(orders.userId, uid));
    await tx
      .update(refunds)
      .set({ reason: '[removed]' })
      .where(and(inArray(refunds.orderId, own), eq(refunds.requestedBy, uid)));
    return { imageKeys: images.map((i) => i.key) };
  });
}
