import 'server-only';

import { and, desc, eq, or, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  accounts,
  auditLog,
  courses,
  enrollments,
  lessonComments,
  lessonProgress,
  orders,
  reports,
  reviews,
  users,
  type OrderStatus,
  type UserRole,
  type UserStatus,
} from '@/db/schema';
import { canManageUsers } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';

export type SignInMethod = 'password' | 'phone' | 'twoFactor' | `oauth:${string}`;

export type AdminUserDetail = {
  profile: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    role: UserRole;
    status: UserStatus;
    locale: string;
    emailVerified: boolean;
    resetRequired: boolean;
    createdAt: Date;
    lastLoginAt: Date | null;
  };
  signInMethods: SignInMethod[];
  orders: { id: string; courseTitle: string; total: Money; status: OrderStatus; createdAt: Date }[];
  enrolments: {
    courseId: string;
    courseTitle: string;
    status: string;
    progressPercent: number;
    lessonsCompleted: number;
    createdAt: Date;
  }[];
  reportsBy: ReportRow[];
  reportsAgainst: ReportRow[];
  audit: { id: number; at: Date; action: string; actorId: string | null; targetId: string }[];
};

type ReportRow = {
  id: string;
  targetType: string;
  targetId: string;
  reason: string;
  status: string;
  createdAt: Date;
};

/** How many rows of each list the page shows; the full history lives on the linked pages. */
export const DETAIL_LIST_LIMIT = 50;

const reportColumns = {
  id: reports.id,
  targetType: reports.targetType,
  targetId: reports.targetId,
  reason: reports.reason,
  status: reports.status,
  createdAt: reports.createdAt,
};

/** Admins only (ACCESS-4). Everything about one account an admin needs to act on it; no secrets. */
export async function getUserDetailForAdmin(
  viewer: Viewer,
  userId: string,
): Promise<AdminUserDetail | null> {
  if (!canManageUsers(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      phone: users.phone,
      role: users.role,
      status: users.status,
      locale: users.locale,
      emailVerified: users.emailVerified,
      passwordHash: users.passwordHash,
      totpEnabledAt: users.totpEnabledAt,
      passwordResetRequiredAt: users.passwordResetRequiredAt,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user || user.status === 'deleted') return null;

  const [providers, orderRows, enrolmentRows, reportsBy, reportsAgainst, audit] = await Promise.all(
    [
      db.select({ provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId)),
      db
        .select({
          id: orders.id,
          courseTitle: courses.title,
          amountMinor: orders.amountMinor,
          currency: orders.currency,
          status: orders.status,
          createdAt: orders.createdAt,
        })
        .from(orders)
        .innerJoin(courses, eq(courses.id, orders.courseId))
        .where(eq(orders.userId, userId))
        .orderBy(desc(orders.createdAt), desc(orders.id))
        .limit(DETAIL_LIST_LIMIT),
      db
        .select({
          courseId: enrollments.courseId,
          courseTitle: courses.title,
          status: enrollments.status,
          progressPercent: enrollments.progressPercent,
          createdAt: enrollments.createdAt,
          lessonsCompleted: sql<number>`(select count(*) from ${lessonProgress} where ${lessonProgress.userId} = ${enrollments.userId} and ${lessonProgress.courseId} = ${enrollments.courseId} and ${lessonProgress.completedAt} is not null)`,
        })
        .from(enrollments)
        .innerJoin(courses, eq(courses.id, enrollments.courseId))
        .where(eq(enrollments.userId, userId))
        .orderBy(desc(enrollments.createdAt))
        .limit(DETAIL_LIST_LIMIT),
      db
        .select(reportColumns)
        .from(reports)
        .where(eq(reports.reporterId, userId))
        .orderBy(desc(reports.createdAt))
        .limit(DETAIL_LIST_LIMIT),
      // Against the user: reports on the account itself and on the reviews and comments they wrote.
      db
        .select(reportColumns)
        .from(reports)
        .leftJoin(reviews, and(eq(reports.targetType, 'review'), eq(reviews.id, reports.targetId)))
        .leftJoin(
          lessonComments,
          and(eq(reports.targetType, 'comment'), eq(lessonComments.id, reports.targetId)),
        )
        .where(
          or(
            and(eq(reports.targetType, 'user'), eq(reports.targetId, userId)),
            eq(reviews.userId, userId),
            eq(lessonComments.userId, userId),
          ),
        )
        .orderBy(desc(reports.createdAt))
        .limit(DETAIL_LIST_LIMIT),
      db
        .select({
          id: auditLog.id,
          at: auditLog.at,
          action: auditLog.action,
          actorId: auditLog.actorUserId,
          targetId: auditLog.targetId,
        })
        .from(auditLog)
        .where(
          or(
            eq(auditLog.actorUserId, userId),
            and(eq(auditLog.targetType, 'user'), eq(auditLog.targetId, userId)),
          ),
        )
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(DETAIL_LIST_LIMIT),
    ],
  );

  const signInMethods: SignInMethod[] = [];
  if (user.passwordHash) signInMethods.push('password');
  if (user.phone) signInMethods.push('phone');
  if (user.totpEnabledAt) signInMethods.push('twoFactor');
  for (const p of new Set(providers.map((r) => r.provider))) signInMethods.push(`oauth:${p}`);

  return {
    profile: {
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      role: user.role,
      status: user.status,
      locale: user.locale,
      emailVerified: user.emailVerified !== null,
      resetRequired: user.passwordResetRequiredAt !== null,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginAt,
    },
    signInMethods,
    orders: orderRows.map(({ amountMinor, currency, ...r }) => ({
      ...r,
      total: money(amountMinor, isCurrency(currency) ? currency : 'USD'),
    })),
    enrolments: enrolmentRows.map((r) => ({
      ...r,
      lessonsCompleted: Number(r.lessonsCompleted ?? 0),
    })),
    reportsBy,
    reportsAgainst,
    audit,
  };
}
