import 'server-only';

import { and, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { users, type UserRole, type UserStatus } from '@/db/schema';
import { canManageUsers } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { createAuthToken, revokeUserTokens } from '@/lib/data/auth-tokens';
import { AppError } from '@/lib/errors';
import { appLink, sendMail } from '@/lib/mail/send';

export type AdminUserRow = {
  id: string;
  name: string;
  email: string | null;
  role: UserRole;
  status: UserStatus;
  twoFactor: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
};

export const ADMIN_USERS_PAGE_SIZE = 25;

/** Every function here re-checks the admin role itself: the layout's check protects nothing (ACCESS-4). */
function assertAdmin(viewer: Viewer): void {
  if (!canManageUsers(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listUsersForAdmin(
  viewer: Viewer,
  opts: { q?: string; page?: number } = {},
): Promise<{ rows: AdminUserRow[]; total: number; page: number; pageSize: number }> {
  assertAdmin(viewer);
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const q = opts.q?.trim();
  let where: SQL | undefined = sql`${users.status} <> 'deleted'`;
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where = and(where, or(like(users.email, pattern), like(users.name, pattern), eq(users.id, q)));
  }
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      status: users.status,
      totpEnabledAt: users.totpEnabledAt,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(ADMIN_USERS_PAGE_SIZE)
    .offset((page - 1) * ADMIN_USERS_PAGE_SIZE);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(users)
    .where(where);
  return {
    rows: rows.map(({ totpEnabledAt, ...r }) => ({ ...r, twoFactor: totpEnabledAt !== null })),
    total: Number(count?.n ?? 0),
    page,
    pageSize: ADMIN_USERS_PAGE_SIZE,
  };
}

async function lockTarget(tx: Tx, targetId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      email: users.email,
      name: users.name,
      locale: users.locale,
      passwordResetRequiredAt: users.passwordResetRequiredAt,
    })
    .from(users)
    .where(eq(users.id, targetId))
    .for('update');
  if (!row || row.status === 'deleted') throw new AppError('NOT_FOUND', 'Errors.notFound');
  return row;
}

/**
 * Grant or revoke a role. The target's sessions end (AUTH-4), so a demotion bites at once.
 * Admins cannot change their own role (no accidental self-lockout, no self-promotion paths).
 */
export async function setUserRole(
  admin: Viewer,
  actorIp: string,
  targetId: string,
  role: UserRole,
  reason?: string,
): Promise<void> {
  assertAdmin(admin);
  if (targetId === admin.id) throw new AppError('FORBIDDEN', 'Admin.Users.notSelf');
  await db.transaction(async (tx) => {
    const before = await lockTarget(tx, targetId);
    if (before.role === role) return;
    await tx
      .update(users)
      .set({ role, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, targetId));
    await writeAudit(tx, admin, actorIp, {
      targetType: 'user',
      action: 'user.role',
      targetId,
      before: { role: before.role },
      after: { role },
      reason,
    });
  });
}

/** Suspend or restore. Suspension bumps the session version, so the user's next request is refused. */
export async function setUserStatus(
  admin: Viewer,
  actorIp: string,
  targetId: string,
  status: 'active' | 'suspended',
  reason: string,
): Promise<void> {
  assertAdmin(admin);
  if (targetId === admin.id) throw new AppError('FORBIDDEN', 'Admin.Users.notSelf');
  await db.transaction(async (tx) => {
    const before = await applyUserStatus(tx, targetId, status);
    if (before === status) return;
    await writeAudit(tx, admin, actorIp, {
      targetType: 'user',
      action: status === 'suspended' ? 'user.suspend' : 'user.unsuspend',
      targetId,
      before: { status: before },
      after: { status },
      reason,
    });
  });
}

/**
 * The suspension step itself, inside the caller's transaction (the caller authorises and audits):
 * locks the user, sets the status and, on suspension, bumps the session version so their next
 * request is refused. Returns the status before; nothing changes when it already matches.
 */
export async function applyUserStatus(
  tx: Tx,
  targetId: string,
  status: 'active' | 'suspended',
): Promise<UserStatus> {
  const before = await lockTarget(tx, targetId);
  if (before.status === status) return before.status;
  await tx
    .update(users)
    .set({
      status,
      ...(status === 'suspended' ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
    })
    .where(eq(users.id, targetId));
  return before.status;
}

/**
 * Forced password reset: every session ends (session version bump, AUTH-4), password sign-in is
 * refused until a reset link is used, older reset links die and a new one is mailed. The change,
 * the new token and the audit row commit together (ACCESS-5); the mail goes out only after commit.
 */
export async function forcePasswordReset(
  admin: Viewer,
  actorIp: string,
  targetId: string,
  reason?: string,
): Promise<void> {
  assertAdmin(admin);
  if (targetId === admin.id) throw new AppError('FORBIDDEN', 'Admin.Users.notSelf');
  const mail = await db.transaction(async (tx) => {
    const before = await lockTarget(tx, targetId);
    if (!before.email) throw new AppError('BAD_REQUEST', 'AdminUserDetail.noEmail');
    await tx
      .update(users)
      .set({
        passwordResetRequiredAt: sql`NOW(3)`,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, targetId));
    await revokeUserTokens(targetId, ['reset_password'], tx);
    const token = await createAuthToken(targetId, 'reset_password', {}, tx);
    await writeAudit(tx, admin, actorIp, {
      targetType: 'user',
      action: 'user.force_password_reset',
      targetId,
      before: { resetRequired: before.passwordResetRequiredAt !== null },
      after: { resetRequired: true },
      reason,
    });
    return { to: before.email, name: before.name, locale: before.locale, token };
  });
  await sendMail({
    to: mail.to,
    template: 'resetPassword',
    locale: mail.locale,
    params: { name: mail.name, url: appLink('/reset-password', { token: mail.token }) },
  });
}
