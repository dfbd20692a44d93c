import 'server-only';

import {
  aliasedTable,
  and,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  like,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';

import { db } from '@/db';
import {
  courses,
  lessonComments,
  moderationDecisions,
  reports,
  reviews,
  users,
  type AppealOutcome,
  type ModerationAction,
  type ReportTarget,
} from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { applyUserStatus } from '@/lib/data/admin-users';
import { writeModerationAudit } from '@/lib/data/moderation-audit';
import {
  loadTargets,
  lockTargetRow,
  setContentStatus,
  setCourseModerationStatus,
  targetKey,
  type TargetContext,
} from '@/lib/data/moderation-targets';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { pageWindow } from '@/lib/pagination';
import type { AdminReportSearch, ModerateReportInput } from '@/lib/validation/admin-reports';

/*
 * The report queue and moderation decisions (ABUSE-2, ACCESS-4, ACCESS-5). Every export checks the
 * viewer itself. Each action on a target runs in one transaction that closes the target's open
 * reports, changes the content, records the decision the author sees and writes one audit row.
 */

export const REPORTS_PAGE_SIZE = 20;

export type ReportLine = {
  reason: string;
  details: string | null;
  reporterName: string;
  status: string;
  createdAt: Date;
};

export type QueueRow = {
  key: string;
  targetType: ReportTarget;
  targetId: string;
  reportCount: number;
  reasons: string[];
  lastReportedAt: Date;
  reports: ReportLine[];
  target: TargetContext;
};

export type AppealRow = {
  decisionId: string;
  action: ModerationAction;
  reason: string;
  note: string | null;
  decidedAt: Date;
  decidedByName: string | null;
  appealText: string;
  appealedAt: Date;
  target: TargetContext;
  reports: ReportLine[];
};

function assertModerator(viewer: Viewer): void {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

const author = aliasedTable(users, 'author');

/** The reports on the given targets, newest first (a few per target), as moderation history. */
async function reportLines(
  keys: { type: ReportTarget; id: string }[],
  onlyOpen: boolean,
): Promise<Map<string, ReportLine[]>> {
  const out = new Map<string, ReportLine[]>();
  if (keys.length === 0) return out;
  const rows = await db
    .select({
      targetType: reports.targetType,
      targetId: reports.targetId,
      reason: reports.reason,
      details: reports.details,
      status: reports.status,
      createdAt: reports.createdAt,
      reporterName: users.name,
    })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.reporterId))
    .where(
      and(
        inArray(reports.targetId, [...new Set(keys.map((k) => k.id))]),
        onlyOpen ? eq(reports.status, 'open') : undefined,
      ),
    )
    .orderBy(desc(reports.createdAt))
    .limit(keys.length * 10);
  for (const { targetType, targetId, ...line } of rows) {
    const k = targetKey(targetType, targetId);
    const list = out.get(k) ?? [];
    if (list.length < 10) list.push(line);
    out.set(k, list);
  }
  return out;
}

/**
 * Reported things grouped by target, most recently reported first: open ones (at least one open
 * report) or resolved ones (none open), filtered by type and reason, searched in the content's
 * text, the course title and the author's name.
 */
export async function listReportQueue(
  viewer: Viewer,
  search: AdminReportSearch,
): Promise<{ rows: QueueRow[]; total: number; page: number; pageSize: number }> {
  assertModerator(viewer);
  const { page, pageSize, offset } = pageWindow(search.page, REPORTS_PAGE_SIZE, REPORTS_PAGE_SIZE);
  const where: SQL[] = [];
  if (search.type) where.push(eq(reports.targetType, search.type));
  if (search.reason) where.push(eq(reports.reason, search.reason));
  const q = search.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(
      or(
        like(reviews.body, pattern),
        like(lessonComments.body, pattern),
        like(courses.title, pattern),
        like(author.name, pattern),
      )!,
    );
  }
  const openCount = sql<number>`sum(${reports.status} = 'open')`;
  const having = search.status === 'resolved' ? sql`${openCount} = 0` : sql`${openCount} > 0`;
  const grouped = db
    .select({
      targetType: reports.targetType,
      targetId: reports.targetId,
      reportCount: sql<number>`count(*)`.as('report_count'),
      reasons: sql<string>`group_concat(distinct ${reports.reason} order by ${reports.reason})`.as(
        'reasons',
      ),
      lastReportedAt: sql<string>`max(${reports.createdAt})`.as('last_reported_at'),
    })
    .from(reports)
    .leftJoin(reviews, and(eq(reports.targetType, 'review'), eq(reviews.id, reports.targetId)))
    .leftJoin(
      lessonComments,
      and(eq(reports.targetType, 'comment'), eq(lessonComments.id, reports.targetId)),
    )
    .leftJoin(courses, and(eq(reports.targetType, 'course'), eq(courses.id, reports.targetId)))
    .leftJoin(
      author,
      eq(
        author.id,
        sql`coalesce(${reviews.userId}, ${lessonComments.userId}, ${courses.creatorId}, case when ${reports.targetType} = 'user' then ${reports.targetId} end)`,
      ),
    )
    .where(where.length ? and(...where) : undefined)
    .groupBy(reports.targetType, reports.targetId)
    .having(having);
  const sub = grouped.as('g');
  const [rows, [countRow]] = await Promise.all([
    db
      .select()
      .from(sub)
      .orderBy(desc(sub.lastReportedAt), desc(sub.targetId))
      .limit(pageSize)
      .offset(offset),
    db.select({ n: sql<number>`count(*)` }).from(sub),
  ]);
  const keys = rows.map((r) => ({ type: r.targetType, id: r.targetId }));
  const [targets, lines] = await Promise.all([
    loadTargets(keys),
    reportLines(keys, search.status !== 'resolved'),
  ]);
  return {
    rows: rows.map((r) => {
      const key = targetKey(r.targetType, r.targetId);
      return {
        key,
        targetType: r.targetType,
        targetId: r.targetId,
        reportCount: Number(r.reportCount),
        reasons: String(r.reasons ?? '')
          .split(',')
          .filter(Boolean),
        lastReportedAt: new Date(r.lastReportedAt),
        reports: lines.get(key) ?? [],
        target: targets.get(key)!,
      };
    }),
    total: Number(countRow?.n ?? 0),
    page,
    pageSize,
  };
}

/** Decisions whose author appealed and that wait for a second look, oldest appeal first. */
export async function listPendingAppeals(
  viewer: Viewer,
  pageNumber?: number,
): Promise<{ rows: AppealRow[]; total: number; page: number; pageSize: number }> {
  assertModerator(viewer);
  const { page, pageSize, offset } = pageWindow(pageNumber, REPORTS_PAGE_SIZE, REPORTS_PAGE_SIZE);
  const pending = and(
    isNotNull(moderationDecisions.appealedAt),
    isNull(moderationDecisions.appealOutcome),
  );
  const [rows, [countRow]] = await Promise.all([
    db
      .select({
        decisionId: moderationDecisions.id,
        targetType: moderationDecisions.targetType,
        targetId: moderationDecisions.targetId,
        action: moderationDecisions.action,
        reason: moderationDecisions.reason,
        note: moderationDecisions.note,
        decidedAt: moderationDecisions.decidedAt,
        decidedByName: users.name,
        appealText: moderationDecisions.appealText,
        appealedAt: moderationDecisions.appealedAt,
      })
      .from(moderationDecisions)
      .leftJoin(users, eq(users.id, moderationDecisions.decidedBy))
      .where(pending)
      .orderBy(moderationDecisions.appealedAt, moderationDecisions.id)
      .limit(pageSize)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)` })
      .from(moderationDecisions)
      .where(pending),
  ]);
  const keys = rows.map((r) => ({ type: r.targetType, id: r.targetId }));
  const [targets, lines] = await Promise.all([loadTargets(keys), reportLines(keys, false)]);
  return {
    rows: rows.map(({ targetType, targetId, appealText, appealedAt, ...r }) => {
      const key = targetKey(targetType, targetId);
      return {
        ...r,
        appealText: appealText ?? '',
        appealedAt: appealedAt ?? r.decidedAt,
        target: targets.get(key)!,
        reports: lines.get(key) ?? [],
      };
    }),
    total: Number(countRow?.n ?? 0),
    page,
    pageSize,
  };
}

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
    await writeModerationAudit(tx, admin, actorIp, {
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
    await writeModerationAudit(tx, admin, actorIp, {
      action: input.outcome === 'reversed' ? 'appeal.reverse' : 'appeal.uphold',
      targetType: d.targetType,
      targetId: d.targetId,
      before,
      after,
      reason: note || null,
    });
  });
}
