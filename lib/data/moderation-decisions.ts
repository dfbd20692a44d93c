import 'server-only';

import { and, desc, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import {
  moderationDecisions,
  type AppealOutcome,
  type ModerationAction,
  type ReportTarget,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { loadTargets, targetKey } from '@/lib/data/moderation-targets';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';

export type MyDecision = {
  id: string;
  targetType: ReportTarget;
  action: ModerationAction;
  reason: string;
  note: string | null;
  decidedAt: Date;
  /** What the decision is about, in a line: the course title, or the start of the review/comment. */
  subject: string | null;
  href: string | null;
  appealText: string | null;
  appealedAt: Date | null;
  appealOutcome: AppealOutcome | null;
  appealNote: string | null;
};

/** The signed-in user's own moderation decisions (warnings, hidden or removed content), newest first. */
export async function listMyModerationDecisions(viewer: Viewer): Promise<MyDecision[]> {
  const rows = await db
    .select({
      id: moderationDecisions.id,
      targetType: moderationDecisions.targetType,
      targetId: moderationDecisions.targetId,
      action: moderationDecisions.action,
      reason: moderationDecisions.reason,
      note: moderationDecisions.note,
      decidedAt: moderationDecisions.decidedAt,
      appealText: moderationDecisions.appealText,
      appealedAt: moderationDecisions.appealedAt,
      appealOutcome: moderationDecisions.appealOutcome,
      appealNote: moderationDecisions.appealNote,
    })
    .from(moderationDecisions)
    .where(eq(moderationDecisions.authorId, viewer.id))
    .orderBy(desc(moderationDecisions.decidedAt), desc(moderationDecisions.id))
    .limit(50);
  const targets = await loadTargets(rows.map((r) => ({ type: r.targetType, id: r.targetId })));
  return rows.map(({ targetId, ...r }) => {
    const t = targets.get(targetKey(r.targetType, targetId));
    const subject =
      r.targetType === 'user'
        ? null
        : (t?.title ?? t?.text?.slice(0, 140) ?? t?.courseTitle ?? null);
    const visible = t?.exists && (r.targetType === 'course' ? t.status === 'published' : true);
    return { ...r, subject, href: visible && r.targetType !== 'user' ? (t?.href ?? null) : null };
  });
}

/**
 * The author asks for a second look, once: one conditional UPDATE (appealed_at IS NULL), so of any
 * number of concurrent appeals exactly one is stored and the others are refused.
 */
export async function appealModerationDecision(
  viewer: Viewer,
  decisionId: string,
  text: string,
): Promise<void> {
  if (!ID_PATTERN.test(decisionId)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [result] = await db
    .update(moderationDecisions)
    .set({ appealText: text.trim().slice(0, 2000), appealedAt: new Date() })
    .where(
      and(
        eq(moderationDecisions.id, decisionId),
        eq(moderationDecisions.authorId, viewer.id),
        isNull(moderationDecisions.appealedAt),
      ),
    );
  if (result.affectedRows === 1) return;
  const [own] = await db
    .select({ id: moderationDecisions.id })
    .from(moderationDecisions)
    .where(
      and(eq(moderationDecisions.id, decisionId), eq(moderationDecisions.authorId, viewer.id)),
    );
  if (!own) throw new AppError('NOT_FOUND', 'Errors.notFound');
  throw new AppError('CONFLICT', 'Appeals.errors.alreadyAppealed');
}
