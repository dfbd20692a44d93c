import 'server-only';

import { and, eq, isNotNull, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { moderationDecisions, reports, type AppealOutcome, type ReportTarget } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertModerator } from '@/lib/data/admin-reports';
import { applyUserStatus } from '@/lib/data/admin-users';
import { writeAudit } from '@/lib/data/audit';
import {
  lockTargetRow,
  setContentStatus,
  setCourseModerationStatus,
} from '@/lib/data/moderation-targets';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { ModerateReportInput } from '@/lib/validation/admin-reports';

/*
 * Moderation actions on reported things and on appeals (ABUSE-2, ACCESS-4, ACCESS-5). Each runs in
 * one transaction that closes the open reports, changes the content, records the decision the
 * author sees and writes exactly one audit row; a failing audit insert undoes all of it.
 */

const reasonText = (reason: string | undefined, note: string) =>
  [reason, note.trim()].filter(Boolean).join(': ') || null;

/**
 * One moderation action on one reported thing, in one transaction: closes its open reports
 * (dismissed, or actioned), changes the content (hide/remove), records the decision the author sees
 * (all but dismiss) and writes exactly one audit row. Courses are not deleted: hide and remove send
 * them back to `rejected` with the reason as the studio note, so they leave the store and search
 * until they pass review again, while active enrolments keep their access. Users can be warned or
 * suspended, not hidden.
 */
export async function moderateReportedTarget(
  admin: Viewer,
  actorIp: string,
  input: ModerateReportInput,
): Promise<{ decisionId: string | null }> {
  assertModerator(admin);
  const { targetType, targetId, action } = input;
  const reason = input.reason;
  const note = input.note.trim();
  if ((action === 'hide' || action === 'remove') && targetType === 'user')
    throw new AppError('BAD_REQUEST', 'AdminReports.errors.notForUsers');
  return db.transaction(async (tx) => {
    const open = await tx
      .select({ id: reports.id })
      .from(reports)
      .where(
        and(
          eq(reports.targetType, targetType),
          eq(reports.targetId, targetId),
          eq(reports.status, 'open'),
        ),
      )
      .for('update');
    if (open.length === 0) throw new AppError('CONFLICT', 'AdminReports.errors.nothingOpen');
    const row = await lockTargetRow(tx, targetType, targetId);
    if (!row && action !== 'dismiss') throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (row && action === 'suspend' && row.authorId === admin.id)
      throw new AppError('FORBIDDEN', 'Admin.Users.notSelf');

    const before: Record<string, unknown> = { openReports: open.length };
    const after: Record<string, unknown> = { openReports: 0 };
    let previousStatus: string | null = null;
    if (row && (action === 'hide' || action === 'remove')) {
      previousStatus = row.status;
      before.status = row.status;
      if (targetType === 'course') {
        await setCourseModerationStatus(tx, targetId, 'rejected', reasonText(reason, note));
        after.status = 'rejected';
      } else {
        const status = action === 'hide' ? 'hidden' : 'removed';
        await setContentStatus(
          tx,
          targetType as 'review' | 'comment',
          targetId,
          status,
          row.courseId,
        );
        after.status = status;
      }
    } else if (row && action === 'suspend') {
      previousStatus = await applyUserStatus(tx, row.authorId, 'suspended');
      before.authorStatus = previousStatus;
      after.authorStatus = 'suspended';
    }

    await tx
      .update(reports)
      .set({
        status: action === 'dismiss' ? 'dismissed' : 'actioned',
        resolvedBy: admin.id,
        resolvedAt: new Date(),
      })
      .where(
        and(
          eq(reports.targetType, targetType),
          eq(reports.targetId, targetId),
          eq(reports.status, 'open'),
        ),
      );

    let decisionId: string | null = null;
    if (row && action !== 'dismiss') {
      decisionId = newId();
      await tx.insert(moderationDecisions).values({
        id: decisionId,
        targetType,
        targetId,
        authorId: row.authorId,
        action,
        reason: reason ?? 'other',
        note: note || null,
        previousStatus,
        decidedBy: admin.id,
      });
      after.decisionId = decisionId;
      after.authorId = row.authorId;
    }
    await writeAudit(tx, admin, actorIp, {
      action: `report.${action}`,
      targetType,
      targetId,
      before,
      after,
      reason: reasonText(reason, note),
    });
    return { decisionId };
  });
}

/**
 * Dismiss or hide several targets. Each target is its own transaction (with its own audit row), so
 * one target that was settled meanwhile does not undo the others; the caller learns how many were
 * done and how many were skipped.
 */
export async function moderateReportedTargets(
  admin: Viewer,
  actorIp: string,
  input: {
    targets: string[];
    action: 'dismiss' | 'hide';
    reason?: ModerateReportInput['reason'];
    note: string;
  },
): Promise<{ done: number; skipped: number }> {
  assertModerator(admin);
  let done = 0;
  let skipped = 0;
  for (const key of [...new Set(input.targets)]) {
    const [type, id] = key.split(':') as [ReportTarget, string];
    const action = input.action === 'hide' && type === 'user' ? null : input.action;
    if (!action) {
      skipped++;
      continue;
    }
    try {
      await moderateReportedTarget(admin, actorIp, {
        targetType: type,
        targetId: id,
        action,
        reason: input.reason,
        note: input.note,
      });
      done++;
    } catch (err) {
      if (err instanceof AppError && (err.code === 'CONFLICT' || err.code === 'NOT_FOUND')) {
        skipped++;
        continue;
      }
      throw err;
    }
  }
  return { done, skipped };
}

/**
 * Upholds or reverses an appealed decision, once, audited. Reversing restores what the decision
 * changed: the content's status, the course's status (and search index), or the author's account.
 */
export async function decideAppeal(
  admin: Viewer,
  actorIp: string,
  input: { decisionId: string; outcome: AppealOutcome; note: string },
): Promise<void> {
  assertModerator(admin);
  const note = input.note.trim();
  await db.transaction(async (tx) => {
    const [d] = await tx
      .select()
      .from(moderationDecisions)
      .where(
        and(
          eq(moderationDecisions.id, input.decisionId),
          isNotNull(moderationDecisions.appealedAt),
          isNull(moderationDecisions.appealOutcome),
        ),
      )
      .for('update');
    if (!d) throw new AppError('CONFLICT', 'AdminReports.errors.appealNotPending');
    const before: Record<string, unknown> = { decision: d.action, appeal: 'pending' };
    const after: Record<string, unknown> = { decision: d.action, appeal: input.outcome };
    if (input.outcome === 'reversed' && d.previousStatus) {
      if (d.action === 'suspend') {
        before.authorStatus = 'suspended';
        await applyUserStatus(tx, d.authorId, 'active');
        after.authorStatus = 'active';
      } else if (d.action === 'hide' || d.action === 'remove') {
        const row = await lockTargetRow(tx, d.targetType, d.targetId);
        if (row) {
          before.status = row.status;
          if (d.targetType === 'course') {
            await setCourseModerationStatus(tx, d.targetId, d.previousStatus as 'published', null);
          } else {
            await setContentStatus(
              tx,
              d.targetType as 'review' | 'comment',
              d.targetId,
              d.previousStatus as 'visible',
              row.courseId,
            );
          }
          after.status = d.previousStatus;
        }
      }
    }
    await tx
      .update(moderationDecisions)
      .set({
        appealOutcome: input.outcome,
        appealNote: note || null,
        appealDecidedBy: admin.id,
        appealDecidedAt: new Date(),
      })
      .where(eq(moderationDecisions.id, d.id));
    await writeAudit(tx, admin, actorIp, {
      action: input.outcome === 'reversed' ? 'appeal.reverse' : 'appeal.uphold',
      targetType: d.targetType,
      targetId: d.targetId,
      before,
      after,
      reason: note || null,
    });
  });
}
