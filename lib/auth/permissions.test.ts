import { describe, expect, it } from 'vitest';

import {
  canAccessLesson,
  canEditCourse,
  canManageUsers,
  canModerate,
  canUseStudio,
} from '@/lib/auth/permissions';

const owner = { id: 'owner', role: 'creator' as const };
const other = { id: 'other', role: 'creator' as const };
const learner = { id: 'learner', role: 'learner' as const };
const admin = { id: 'admin', role: 'admin' as const };
const course = { creatorId: 'owner', status: 'published', deletedAt: null };

describe('permissions', () => {
  it('ACCESS-3: only the owner creator or an admin may edit a course', () => {
    expect(canEditCourse(owner, course)).toBe(true);
    expect(canEditCourse(admin, course)).toBe(true);
    expect(canEditCourse(other, course)).toBe(false);
    expect(canEditCourse({ id: 'owner', role: 'learner' }, course)).toBe(false);
    expect(canEditCourse(null, course)).toBe(false);
    expect(canEditCourse(owner, { ...course, deletedAt: new Date() })).toBe(false);
  });

  it('lesson access: preview, active enrolment, owner, admin', () => {
    const paid = { isPreview: false };
    const preview = { isPreview: true };
    expect(canAccessLesson(null, course, preview, null)).toBe(true);
    expect(canAccessLesson(null, course, paid, null)).toBe(false);
    expect(canAccessLesson(learner, course, paid, { status: 'active' })).toBe(true);
    expect(canAccessLesson(learner, course, paid, { status: 'refunded' })).toBe(false);
    expect(canAccessLesson(learner, course, paid, { status: 'pending' })).toBe(false);
    expect(canAccessLesson(other, course, paid, null)).toBe(false);
    expect(canAccessLesson(owner, { ...course, status: 'draft' }, paid, null)).toBe(true);
    // An active enrolment survives unpublish and archive (learners keep what they bought) …
    expect(
      canAccessLesson(learner, { ...course, status: 'draft' }, preview, { status: 'active' }),
    ).toBe(true);
    expect(
      canAccessLesson(learner, { ...course, status: 'archived' }, paid, { status: 'active' }),
    ).toBe(true);
    // … but not deletion, and nobody else sees an unpublished course's previews.
    expect(
      canAccessLesson(learner, { ...course, deletedAt: new Date() }, paid, { status: 'active' }),
    ).toBe(false);
    expect(canAccessLesson(other, { ...course, status: 'archived' }, preview, null)).toBe(false);
    expect(canAccessLesson(admin, course, paid, null)).toBe(true);
  });

  it('ACCESS-4: moderation, user management and the studio are role-bound', () => {
    expect(canModerate(admin)).toBe(true);
    expect(canModerate(owner)).toBe(false);
    expect(canManageUsers(learner)).toBe(false);
    expect(canUseStudio(learner)).toBe(false);
    expect(canUseStudio(owner)).toBe(true);
  });
});
