import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import {
  auditLog,
  courseSections,
  courses,
  lessonComments,
  lessons,
  moderationDecisions,
  reports,
  reviews,
  users,
  type ReportTarget,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type * as AuditModuleNs from '@/lib/data/audit';
import { newId } from '@/lib/ids';

import { enroll, makeCourse, makeUser, review } from '../../support/dashboard-fixtures';
import { runAction } from '../../support/actions';

type AuditModule = typeof AuditModuleNs;

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
const fault = vi.hoisted(() => ({ audit: false }));
vi.mock('@/lib/auth/guards', () => ({
  getViewer: async () => auth.viewer,
  requireRole: async () => auth.viewer,
}));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '192.0.2.44' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));
// Fault injection: the audit insert fails on demand, after the content change ran in the same transaction.
vi.mock('@/lib/data/audit', async (importOriginal) => {
  const real = await importOriginal<AuditModule>();
  return {
    writeAudit: async (...args: Parameters<AuditModule['writeAudit']>) => {
      if (fault.audit) throw new Error('audit insert failed');
      return real.writeAudit(...args);
    },
  };
});

const { moderateReportAction } = await import('@/lib/actions/admin/moderate-report');
const { bulkModerateReportsAction } = await import('@/lib/actions/admin/bulk-moderate-reports');
const { decideAppealAction } = await import('@/lib/actions/admin/decide-appeal');
const { appealDecisionAction } = await import('@/lib/actions/moderation/appeal-decision');
const { listReportQueue, listPendingAppeals } = await import('@/lib/data/admin-reports');
const { moderateReportedTarget, decideAppeal } = await import('@/lib/data/admin-report-actions');
const { appealModerationDecision, listMyModerationDecisions } =
  await import('@/lib/data/moderation-decisions');
const { getCourseReviews } = await import('@/lib/data/course-page');

async function report(target: ReportTarget, targetId: string, reason = 'spam', details?: string) {
  const reporter = await makeUser('learner');
  await db.insert(reports).values({
    id: newId(),
    reporterId: reporter.id,
    targetType: target,
    targetId,
    reason,
    details: details ?? null,
  });
  return reporter;
}

async function reviewed(body = `Review text ${newId(8)}`) {
  const creator = await makeUser('creator');
  const author = await makeUser('learner', `Reviewer ${newId(6)}`);
  const courseId = await makeCourse(creator.id);
  await enroll(author.id, courseId);
  const reviewId = await review(author.id, courseId, { rating: 1, body });
  await db.update(courses).set({ ratingSum: 1, ratingCount: 1 }).where(eq(courses.id, courseId));
  return { creator, author, courseId, reviewId, body };
}

async function commented() {
  const creator = await makeUser('creator');
  const author = await makeUser('learner');
  const courseId = await makeCourse(creator.id);
  const sectionId = newId();
  await db.insert(courseSections).values({ id: sectionId, courseId, title: 'S', position: 0 });
  const lessonId = newId();
  await db.insert(lessons).values({
    id: lessonId,
    courseId,
    sectionId,
    title: 'Lesson one',
    kind: 'article',
    position: 0,
    body: 'x',
  });
  const commentId = newId();
  await db
    .insert(lessonComments)
    .values({ id: commentId, lessonId, courseId, userId: author.id, body: 'Buy my pills' });
  return { author, courseId, lessonId, commentId };
}

const auditsOf = (targetId: string) =>
  db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
const openReportsOf = async (targetId: string) =>
  (
    await db
      .select()
      .from(reports)
      .where(and(eq(reports.targetId, targetId), eq(reports.status, 'open')))
  ).length;
const reviewStatus = async (id: string) =>
  (await db.select({ s: reviews.status }).from(reviews).where(eq(reviews.id, id)))[0]?.s;

describe('report queue', () => {
  it('groups open reports by target with count, reasons and details, and filters and searches', async () => {
    const admin = await makeUser('admin');
    const { reviewId, body, author } = await reviewed(`Queue marker ${newId(8)} text`);
    await report('review', reviewId, 'spam', 'Links to a shop');
    await report('review', reviewId, 'abuse');
    const { commentId } = await commented();
    await report('comment', commentId, 'offTopic');

    const mine = await listReportQueue(admin, { q: body.slice(0, 20) });
    expect(mine.total).toBe(1);
    expect(mine.rows[0]).toMatchObject({
      targetType: 'review',
      targetId: reviewId,
      reportCount: 2,
      reasons: ['abuse', 'spam'],
      target: { text: body, authorName: author.name, status: 'visible' },
    });
    expect(mine.rows[0]!.reports.map((r) => r.details)).toContain('Links to a shop');
    expect(mine.rows[0]!.target.href).toMatch(/^\/courses\/course-/);

    const byAuthor = await listReportQueue(admin, { q: author.name });
    expect(byAuthor.rows.map((r) => r.targetId)).toEqual([reviewId]);
    const comments = await listReportQueue(admin, { type: 'comment', q: 'Buy my pills' });
    expect(comments.rows.map((r) => r.targetId)).toContain(commentId);
    expect(comments.rows.every((r) => r.targetType === 'comment')).toBe(true);
    expect(comments.rows.find((r) => r.targetId === commentId)!.target).toMatchObject({
      lessonTitle: 'Lesson one',
    });
    const abuse = await listReportQueue(admin, { reason: 'abuse', q: body.slice(0, 20) });
    expect(abuse.rows).toHaveLength(1);
    const offTopic = await listReportQueue(admin, { reason: 'offTopic', q: body.slice(0, 20) });
    expect(offTopic.rows).toHaveLength(0);

    await moderateReportedTarget(admin, '192.0.2.1', {
      targetType: 'review',
      targetId: reviewId,
      action: 'dismiss',
      note: '',
    });
    expect((await listReportQueue(admin, { q: body.slice(0, 20) })).rows).toHaveLength(0);
    const resolved = await listReportQueue(admin, { status: 'resolved', q: body.slice(0, 20) });
    expect(resolved.rows.map((r) => r.targetId)).toEqual([reviewId]);
  });

  it('ACCESS-4: learners and creators cannot read the queue or act', async () => {
    const { reviewId } = await reviewed();
    await report('review', reviewId);
    for (const role of ['learner', 'creator'] as const) {
      const user = await makeUser(role);
      await expect(listReportQueue(user, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listPendingAppeals(user)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      auth.viewer = user;
      for (const [fn, input] of [
        [
          moderateReportAction,
          { targetType: 'review', targetId: reviewId, action: 'hide', reason: 'spam' },
        ],
        [bulkModerateReportsAction, { targets: `review:${reviewId}`, action: 'dismiss' }],
        [decideAppealAction, { decisionId: newId(), outcome: 'reversed' }],
      ] as const) {
        const out = await runAction(fn, input);
        expect(out.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      }
    }
    auth.viewer = null;
    expect(await reviewStatus(reviewId)).toBe('visible');
    expect(await openReportsOf(reviewId)).toBe(1);
    expect(await auditsOf(reviewId)).toHaveLength(0);
  });
});

describe('moderation actions', () => {
  it('ACCESS-5: hide closes the reports, hides the review from the course page, tells the author, one audit row', async () => {
    const admin = await makeUser('admin');
    auth.viewer = admin;
    const { reviewId, courseId, author } = await reviewed();
    await report('review', reviewId);
    await report('review', reviewId, 'abuse');
    expect((await getCourseReviews(courseId)).items.map((r) => r.id)).toEqual([reviewId]);

    const out = await runAction(moderateReportAction, {
      targetType: 'review',
      targetId: reviewId,
      action: 'hide',
      reason: 'spam',
      note: 'Advertising',
    });
    expect(out.state).toMatchObject({ ok: true, message: 'AdminReports.done.hide' });
    expect(await reviewStatus(reviewId)).toBe('hidden');
    expect(await openReportsOf(reviewId)).toBe(0);
    const closed = await db.select().from(reports).where(eq(reports.targetId, reviewId));
    expect(closed.every((r) => r.status === 'actioned' && r.resolvedBy === admin.id)).toBe(true);
    expect((await getCourseReviews(courseId)).items).toEqual([]);
    const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
    expect(course).toMatchObject({ ratingSum: 0, ratingCount: 0 });

    const audits = await auditsOf(reviewId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'report.hide',
      actorUserId: admin.id,
      actorIp: '192.0.2.44',
      targetType: 'review',
      reason: 'spam: Advertising',
      before: { status: 'visible', openReports: 2 },
      after: { status: 'hidden', openReports: 0, authorId: author.id },
    });
    const decisions = await listMyModerationDecisions(author);
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ action: 'hide', reason: 'spam', note: 'Advertising' });

    // Acting again on a settled target is refused and writes nothing.
    const again = await runAction(moderateReportAction, {
      targetType: 'review',
      targetId: reviewId,
      action: 'remove',
      reason: 'spam',
    });
    expect(again.state).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await auditsOf(reviewId)).toHaveLength(1);
    auth.viewer = null;
  });

  it('dismiss closes the reports and leaves the content; remove, warn and suspend each write one audit row', async () => {
    const admin = await makeUser('admin');
    const ip = '192.0.2.9';
    const a = await reviewed();
    await report('review', a.reviewId);
    await moderateReportedTarget(admin, ip, {
      targetType: 'review',
      targetId: a.reviewId,
      action: 'dismiss',
      note: '',
    });
    expect(await reviewStatus(a.reviewId)).toBe('visible');
    expect(
      (await db.select().from(reports).where(eq(reports.targetId, a.reviewId)))[0],
    ).toMatchObject({
      status: 'dismissed',
      resolvedBy: admin.id,
    });
    expect((await auditsOf(a.reviewId)).map((r) => r.action)).toEqual(['report.dismiss']);
    expect(await listMyModerationDecisions(a.author)).toEqual([]);

    const c = await commented();
    await report('comment', c.commentId);
    await moderateReportedTarget(admin, ip, {
      targetType: 'comment',
      targetId: c.commentId,
      action: 'remove',
      reason: 'spam',
      note: '',
    });
    const [comment] = await db
      .select()
      .from(lessonComments)
      .where(eq(lessonComments.id, c.commentId));
    expect(comment!.status).toBe('removed');
    expect((await auditsOf(c.commentId)).map((r) => r.action)).toEqual(['report.remove']);

    const w = await reviewed();
    await report('review', w.reviewId);
    await moderateReportedTarget(admin, ip, {
      targetType: 'review',
      targetId: w.reviewId,
      action: 'warn',
      reason: 'abuse',
      note: 'Keep it civil',
    });
    expect(await reviewStatus(w.reviewId)).toBe('visible');
    expect((await auditsOf(w.reviewId)).map((r) => r.action)).toEqual(['report.warn']);
    expect((await listMyModerationDecisions(w.author))[0]).toMatchObject({
      action: 'warn',
      note: 'Keep it civil',
    });

    const target = await makeUser('learner');
    await report('user', target.id, 'abuse');
    await moderateReportedTarget(admin, ip, {
      targetType: 'user',
      targetId: target.id,
      action: 'suspend',
      reason: 'harassment',
      note: '',
    });
    const [u] = await db.select().from(users).where(eq(users.id, target.id));
    expect(u!.status).toBe('suspended');
    expect(u!.sessionVersion).toBeGreaterThan(0);
    const audits = await auditsOf(target.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'report.suspend',
      before: { authorStatus: 'active' },
      after: { authorStatus: 'suspended' },
    });
    // Users cannot be hidden.
    const other = await makeUser('learner');
    await report('user', other.id);
    await expect(
      moderateReportedTarget(admin, ip, {
        targetType: 'user',
        targetId: other.id,
        action: 'hide',
        reason: 'spam',
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('removing a course sends it back to rejected with the reason; enrolled learners keep their enrolment', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, courseId);
    await report('course', courseId, 'other');
    await moderateReportedTarget(admin, '192.0.2.1', {
      targetType: 'course',
      targetId: courseId,
      action: 'remove',
      reason: 'copyright',
      note: 'Copied material',
    });
    const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
    expect(course).toMatchObject({
      status: 'rejected',
      moderationNote: 'copyright: Copied material',
    });
    expect(await auditsOf(courseId)).toHaveLength(1);
  });

  it('ACCESS-5: a failing audit insert rolls back the content change, the reports and the decision', async () => {
    const admin = await makeUser('admin');
    const { reviewId, author } = await reviewed();
    await report('review', reviewId);
    fault.audit = true;
    try {
      await expect(
        moderateReportedTarget(admin, '192.0.2.1', {
          targetType: 'review',
          targetId: reviewId,
          action: 'remove',
          reason: 'spam',
          note: '',
        }),
      ).rejects.toThrow('audit insert failed');
    } finally {
      fault.audit = false;
    }
    expect(await reviewStatus(reviewId)).toBe('visible');
    expect(await openReportsOf(reviewId)).toBe(1);
    expect(await listMyModerationDecisions(author)).toEqual([]);
    expect(await auditsOf(reviewId)).toHaveLength(0);
  });

  it('bulk dismiss and hide: one audit row per target; settled targets are skipped', async () => {
    const admin = await makeUser('admin');
    auth.viewer = admin;
    const one = await reviewed();
    const two = await reviewed();
    await report('review', one.reviewId);
    await report('review', two.reviewId);
    const out = await runAction(bulkModerateReportsAction, {
      targets: [`review:${one.reviewId}`, `review:${two.reviewId}`, `review:${newId()}`],
      action: 'hide',
      reason: 'spam',
    });
    expect(out.state).toMatchObject({ ok: true, data: { done: 2, skipped: 1 } });
    expect(await reviewStatus(one.reviewId)).toBe('hidden');
    expect(await reviewStatus(two.reviewId)).toBe('hidden');
    expect((await auditsOf(one.reviewId)).map((r) => r.action)).toEqual(['report.hide']);
    expect((await auditsOf(two.reviewId)).map((r) => r.action)).toEqual(['report.hide']);
    const noReason = await runAction(bulkModerateReportsAction, {
      targets: `review:${one.reviewId}`,
      action: 'hide',
    });
    expect(noReason.state).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array) } });
    auth.viewer = null;
  });
});

describe('appeals', () => {
  async function removedReview() {
    const admin = await makeUser('admin');
    const r = await reviewed();
    await report('review', r.reviewId);
    const { decisionId } = await moderateReportedTarget(admin, '192.0.2.1', {
      targetType: 'review',
      targetId: r.reviewId,
      action: 'remove',
      reason: 'abuse',
      note: 'Insults',
    });
    return { ...r, admin, decisionId: decisionId! };
  }

  it('the author appeals once; a second appeal is refused; the appeal reaches the admin queue with its history', async () => {
    const { author, decisionId, admin, reviewId } = await removedReview();
    auth.viewer = author;
    const first = await runAction(appealDecisionAction, {
      decisionId,
      text: 'It was fair criticism',
    });
    expect(first.state).toMatchObject({ ok: true, message: 'Appeals.sent' });
    const second = await runAction(appealDecisionAction, { decisionId, text: 'Please' });
    expect(second.state).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      formError: 'Appeals.errors.alreadyAppealed',
    });
    // Someone else's decision is not found.
    auth.viewer = await makeUser('learner');
    const stranger = await runAction(appealDecisionAction, { decisionId, text: 'Mine' });
    expect(stranger.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    auth.viewer = null;
    const [d] = await db
      .select()
      .from(moderationDecisions)
      .where(eq(moderationDecisions.id, decisionId));
    expect(d!.appealText).toBe('It was fair criticism');

    const pending = await listPendingAppeals(admin, 1);
    const row = pending.rows.find((r) => r.decisionId === decisionId);
    expect(row).toMatchObject({
      action: 'remove',
      reason: 'abuse',
      note: 'Insults',
      appealText: 'It was fair criticism',
      target: { id: reviewId, status: 'removed' },
    });
    expect(row!.reports).toHaveLength(1);
  });

  it('concurrent double appeal stores exactly one', async () => {
    const { author, decisionId } = await removedReview();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        appealModerationDecision(author, decisionId, `Appeal ${i}`),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(5);
    for (const r of refused) expect(r.reason).toMatchObject({ code: 'CONFLICT' });
  });

  it('reverse restores the content, uphold keeps it; each decision is audited once and cannot be decided twice', async () => {
    const reversed = await removedReview();
    await appealModerationDecision(reversed.author, reversed.decisionId, 'Please look again');
    auth.viewer = reversed.admin;
    const out = await runAction(decideAppealAction, {
      decisionId: reversed.decisionId,
      outcome: 'reversed',
      note: 'Criticism, not abuse',
    });
    expect(out.state).toMatchObject({ ok: true });
    expect(await reviewStatus(reversed.reviewId)).toBe('visible');
    expect((await getCourseReviews(reversed.courseId)).items.map((r) => r.id)).toEqual([
      reversed.reviewId,
    ]);
    const audits = await auditsOf(reversed.reviewId);
    expect(audits.map((r) => r.action)).toEqual(['report.remove', 'appeal.reverse']);
    expect(audits[1]).toMatchObject({
      before: { status: 'removed', appeal: 'pending' },
      after: { status: 'visible', appeal: 'reversed' },
      reason: 'Criticism, not abuse',
    });
    const twice = await runAction(decideAppealAction, {
      decisionId: reversed.decisionId,
      outcome: 'upheld',
    });
    expect(twice.state).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await listMyModerationDecisions(reversed.author))[0]).toMatchObject({
      appealOutcome: 'reversed',
      appealNote: 'Criticism, not abuse',
    });

    const upheld = await removedReview();
    // Not appealed yet: nothing to decide.
    await expect(
      decideAppeal(upheld.admin, '192.0.2.1', {
        decisionId: upheld.decisionId,
        outcome: 'upheld',
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await appealModerationDecision(upheld.author, upheld.decisionId, 'No');
    await decideAppeal(upheld.admin, '192.0.2.1', {
      decisionId: upheld.decisionId,
      outcome: 'upheld',
      note: '',
    });
    expect(await reviewStatus(upheld.reviewId)).toBe('removed');
    expect((await auditsOf(upheld.reviewId)).map((r) => r.action)).toEqual([
      'report.remove',
      'appeal.uphold',
    ]);
    auth.viewer = null;
  });

  it('reversing a suspension restores the account; a failing audit insert rolls the reversal back', async () => {
    const admin = await makeUser('admin');
    const target = await makeUser('creator');
    await report('user', target.id, 'abuse');
    const { decisionId } = await moderateReportedTarget(admin, '192.0.2.1', {
      targetType: 'user',
      targetId: target.id,
      action: 'suspend',
      reason: 'abuse',
      note: '',
    });
    await appealModerationDecision(target, decisionId!, 'Not me');
    fault.audit = true;
    try {
      await expect(
        decideAppeal(admin, '192.0.2.1', {
          decisionId: decisionId!,
          outcome: 'reversed',
          note: '',
        }),
      ).rejects.toThrow('audit insert failed');
    } finally {
      fault.audit = false;
    }
    const status = async () =>
      (await db.select({ s: users.status }).from(users).where(eq(users.id, target.id)))[0]!.s;
    expect(await status()).toBe('suspended');
    await decideAppeal(admin, '192.0.2.1', {
      decisionId: decisionId!,
      outcome: 'reversed',
      note: '',
    });
    expect(await status()).toBe('active');
  });
});
