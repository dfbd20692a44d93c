import type { UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors';

/** The signed-in person as the server sees them, re-read from the database on every request (AUTH-4). */
export type Viewer = {
  id: string;
  role: UserRole;
  name: string;
  /** Null for accounts made with a phone number or WeChat. */
  email: string | null;
  emailVerified: boolean;
  locale: string;
  twoFactorEnabled?: boolean;
  /**
   * An admin who has not enrolled two-factor sign-in yet. Such a viewer acts as a learner (role is
   * reported as 'learner') until enrolment is done: admin powers require a second factor (AUTH-6).
   */
  mustEnrolTwoFactor?: boolean;
};

export type Guard = 'public' | 'user' | 'creator' | 'admin';

/** What a guard lets through: anyone (viewer or null) for 'public', a signed-in viewer otherwise. */
export type GuardedViewer<G extends Guard | UserRole> = G extends 'public' ? Viewer | null : Viewer;

/** Role rank: an admin may do what a creator may, a creator what a learner may. */
const RANK: Record<UserRole, number> = { learner: 0, creator: 1, admin: 2 };

export function hasRole(viewer: Pick<Viewer, 'role'>, role: UserRole): boolean {
  return RANK[viewer.role] >= RANK[role];
}

/**
 * The role ladder, written once: pages (`requirePageRole`), actions (`action()`), route handlers
 * (`route()`) and the DAL (`requireUser`/`requireRole`) all pass the session's viewer through it.
 * 'user' and 'learner' both mean "signed in"; a missing viewer is UNAUTHENTICATED, a viewer below
 * the rank FORBIDDEN. Keys, not sentences: the caller translates where the error is shown.
 */
export function checkGuard<G extends Guard | UserRole>(
  viewer: Viewer | null,
  guard: G,
): GuardedViewer<G> {
  if (guard === 'public') return viewer as GuardedViewer<G>;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Errors.signInRequired');
  const role: UserRole = guard === 'user' ? 'learner' : guard;
  if (!hasRole(viewer, role)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  return viewer;
}
