import { hasRole, type Viewer } from '@/lib/auth/viewer';

/**
 * Resource rules as named predicates (STYLE §3). Each is a list of ordered cases, one comment each,
 * returning a boolean; DAL functions call them on the object as stored and throw FORBIDDEN/NOT_FOUND.
 * Inputs are minimal shapes so callers pass what they loaded, never ids from a form.
 */

type MaybeViewer = Pick<Viewer, 'id' | 'role'> | null | undefined;

export type CourseAccessShape = { creatorId: string; status: string; deletedAt?: Date | null };
export type LessonAccessShape = { isPreview: boolean };
export type EnrollmentShape = { status: string } | null | undefined;

export function canEditCourse(
  viewer: MaybeViewer,
  course: Pick<CourseAccessShape, 'creatorId' | 'deletedAt'>,
): boolean {
  // 1. Nobody edits without signing in.
  if (!viewer) return false;
  // 2. Deleted courses are frozen for everyone.
  if (course.deletedAt) return false;
  // 3. Admins may edit any course (their tools audit it).
  if (canModerate(viewer)) return true;
  // 4. A creator may edit only their own course; the role alone is not enough (ACCESS-3).
  return hasRole(viewer, 'creator') && course.creatorId === viewer.id;
}

export function canAccessLesson(
  viewer: MaybeViewer,
  course: CourseAccessShape,
  lesson: LessonAccessShape,
  enrollment: EnrollmentShape,
): boolean {
  // 1. The owner and admins always see the lesson, published or not.
  if (viewer && (canModerate(viewer) || course.creatorId === viewer.id)) return true;
  // 2. A deleted course is gone for everyone else.
  if (course.deletedAt) return false;
  // 3. An active enrolment keeps access after the creator unpublishes or archives the course
  //    (pending, refunded or revoked ones do not count).
  if (viewer && enrollment?.status === 'active') return true;
  // 4. Everyone else sees lessons of published courses only.
  if (course.status !== 'published') return false;
  // 5. Free previews are open to anyone, signed in or not.
  return lesson.isPreview;
}

export function canModerate(viewer: MaybeViewer): boolean {
  // 1. Moderation is an admin power only.
  return !!viewer && viewer.role === 'admin';
}

export function canManageUsers(viewer: MaybeViewer): boolean {
  // 1. Role grants and suspensions are admin powers only.
  return !!viewer && viewer.role === 'admin';
}

export function canManageOrders(viewer: MaybeViewer): boolean {
  // 1. Seeing every order and refunding one directly are admin powers only.
  return !!viewer && viewer.role === 'admin';
}

export function canUseStudio(viewer: MaybeViewer): boolean {
  // 1. Creators (and admins, who outrank them) may open the studio.
  return !!viewer && hasRole(viewer, 'creator');
}

/**
 * A confirmed email address: needed to become a creator (and, with payments, to buy). The Viewer is
 * re-read from the database on every request, so this reflects the account as stored.
 */
export function isEmailVerified(viewer: Pick<Viewer, 'emailVerified'> | null | undefined): boolean {
  return viewer?.emailVerified === true;
}
