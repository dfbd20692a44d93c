import 'server-only';

import { and, desc, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { auditLog, users } from '@/db/schema';
import { canManageUsers } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import type { AdminAuditSearch } from '@/lib/validation/admin-audit';

export type AuditRow = {
  id: number;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorIp: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason: string | null;
  /** Only the fields that differ between before and after, as [field, before, after]. */
  changes: [string, string, string][];
};

export const AUDIT_PAGE_SIZE = 50;

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);
const show = (v: unknown) => (v === undefined ? '—' : JSON.stringify(v));

function changesOf(before: unknown, after: unknown): [string, string, string][] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => [k, show(b[k]), show(a[k])]);
}

/**
 * The audit log, newest first, for admins (ACCESS-4, ACCESS-5): filtered by actor (id, or part of a
 * name or email), action prefix, target id and an inclusive UTC day range. Read-only: nothing in the
 * app updates or deletes these rows.
 */
export async function listAuditLog(
  viewer: Viewer,
  filters: AdminAuditSearch,
): Promise<{ rows: AuditRow[]; page: number; hasMore: boolean }> {
  if (!canManageUsers(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const page = Math.max(1, filters.page ?? 1);
  const where: SQL[] = [];
  if (filters.actor) {
    const pattern = `%${escapeLike(filters.actor)}%`;
    where.push(
      or(
        eq(auditLog.actorUserId, filters.actor),
        like(users.name, pattern),
        like(users.email, pattern),
      )!,
    );
  }
  if (filters.action) where.push(like(auditLog.action, `${escapeLike(filters.action)}%`));
  if (filters.target) where.push(eq(auditLog.targetId, filters.target));
  if (filters.from) where.push(gte(auditLog.at, new Date(`${filters.from}T00:00:00Z`)));
  if (filters.to) {
    const end = new Date(`${filters.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    where.push(lt(auditLog.at, end));
  }
  // One row more than a page says whether there is a next page, without a COUNT over the log.
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorUserId,
      actorName: users.name,
      actorIp: auditLog.actorIp,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      before: auditLog.before,
      after: auditLog.after,
      reason: auditLog.reason,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE);
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map(({ before, after, ...r }) => ({
      ...r,
      changes: changesOf(before, after),
    })),
    page,
    hasMore: rows.length > AUDIT_PAGE_SIZE,
  };
}
