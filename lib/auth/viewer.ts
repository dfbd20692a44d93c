import type { UserRole } from '@/db/schema';

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

/** Role rank: an admin may do what a creator may, a creator what a learner may. */
const RANK: Record<UserRole, number> = { learner: 0, creator: 1, admin: 2 };

export function hasRole(viewer: Pick<Viewer, 'role'>, role: UserRole): boolean {
  return RANK[viewer.role] >= RANK[role];
}
