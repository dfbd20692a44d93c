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
  type ModerationAction,
  type ReportTarget,
} from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { loadTargets, targetKey, type TargetContext } from '@/lib/data/moderation-targets';
import { AppError } from '@/lib/errors';
import { pageWindow } from '@/lib/pagination';
import type { AdminReportSearch } from '@/lib/validation/admin-reports';

/*
 * The report queue and the appeals waiting for a decision (ABUSE-2, ACCESS-4). Every export checks
 * the viewer itself; the actions live in admin-report-actions.ts.
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

export function assertModerator(viewer: Viewer): void {
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
