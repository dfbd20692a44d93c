import 'server-only';

import { and, eq, inArray, isNull } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import {
  courses,
  creatorProfiles,
  lessonComments,
  lessons,
  reviews,
  users,
  type ContentStatus,
  type CourseStatus,
  type ReportTarget,
  type UserStatus,
} from '@/db/schema';
import { recomputeCourseRating } from '@/lib/data/reviews';
import { reindexCourse } from '@/lib/data/search-index';

/** A reported thing as a moderator (or its author) sees it, with a link to it in context. */
export type TargetContext = {
  type: ReportTarget;
  id: string;
  /** False when the row is gone (deleted by its author, for example). */
  exists: boolean;
  authorId: string | null;
  authorName: string | null;
  authorStatus: UserStatus | null;
  /** Content status for reviews and comments, course status for courses, user status for users. */
  status: string | null;
  /** Review or comment text, course subtitle. */
  text: string | null;
  /** Course title, or the user's name. */
  title: string | null;
  rating: number | null;
  courseTitle: string | null;
  lessonTitle: string | null;
  href: string | null;
};

export const targetKey = (type: ReportTarget, id: string) => `${type}:${id}`;

const empty = (type: ReportTarget, id: string): TargetContext => ({
  type,
  id,
  exists: false,
  authorId: null,
  authorName: null,
  authorStatus: null,
  status: null,
  text: null,
  title: null,
  rating: null,
  courseTitle: null,
  lessonTitle: null,
  href: null,
});

/**
 * Loads the reported things named by (type, id) in four queries at most, keyed by `type:id`.
 * No authorisation here: callers are moderation reads that have already checked the viewer.
 */
export async function loadTargets(
  keys: { type: ReportTarget; id: string }[],
): Promise<Map<string, TargetContext>> {
  const out = new Map<string, TargetContext>();
  for (const k of keys) out.set(targetKey(k.type, k.id), empty(k.type, k.id));
  const idsOf = (type: ReportTarget) => [
    ...new Set(keys.filter((k) => k.type === type).map((k) => k.id)),
  ];
  const [reviewIds, commentIds, courseIds, userIds] = [
    idsOf('review'),
    idsOf('comment'),
    idsOf('course'),
    idsOf('user'),
  ];
  const [reviewRows, commentRows, courseRows, userRows] = await Promise.all([
    reviewIds.length
      ? db
          .select({
            id: reviews.id,
            body: reviews.body,
            rating: reviews.rating,
            status: reviews.status,
            courseTitle: courses.title,
            courseSlug: courses.slug,
            authorId: users.id,
            authorName: users.name,
            authorStatus: users.status,
          })
          .from(reviews)
          .innerJoin(courses, eq(courses.id, reviews.courseId))
          .innerJoin(users, eq(users.id, reviews.userId))
          .where(inArray(reviews.id, reviewIds))
      : [],
    commentIds.length
      ? db
          .select({
            id: lessonComments.id,
            body: lessonComments.body,
            status: lessonComments.status,
            lessonId: lessons.id,
            lessonTitle: lessons.title,
            courseTitle: courses.title,
            courseSlug: courses.slug,
            authorId: users.id,
            authorName: users.name,
            authorStatus: users.status,
          })
          .from(lessonComments)
          .innerJoin(lessons, eq(lessons.id, lessonComments.lessonId))
          .innerJoin(courses, eq(courses.id, lessonComments.courseId))
          .innerJoin(users, eq(users.id, lessonComments.userId))
          .where(inArray(lessonComments.id, commentIds))
      : [],
    courseIds.length
      ? db
          .select({
            id: courses.id,
            title: courses.title,
            subtitle: courses.subtitle,
            slug: courses.slug,
            status: courses.status,
            authorId: users.id,
            authorName: users.name,
            authorStatus: users.status,
          })
          .from(courses)
          .innerJoin(users, eq(users.id, courses.creatorId))
          .where(and(inArray(courses.id, courseIds), isNull(courses.deletedAt)))
      : [],
    userIds.length
      ? db
          .select({
            id: users.id,
            name: users.name,
            status: users.status,
            profileSlug: creatorProfiles.slug,
          })
          .from(users)
          .leftJoin(creatorProfiles, eq(creatorProfiles.userId, users.id))
          .where(inArray(users.id, userIds))
      : [],
  ]);
  type Authored = {
    id: string;
    authorId: string;
    authorName: string;
    authorStatus: UserStatus;
    status: string;
  };
  const put = (type: ReportTarget, r: Authored, rest: Partial<TargetContext>) =>
    out.set(targetKey(type, r.id), {
      ...empty(type, r.id),
      exists: true,
      authorId: r.authorId,
      authorName: r.authorName,
      authorStatus: r.authorStatus,
      status: r.status,
      ...rest,
    });
  for (const r of reviewRows)
    put('review', r, {
      text: r.body,
      rating: r.rating,
      courseTitle: r.courseTitle,
      href: `/courses/${r.courseSlug}`,
    });
  for (const r of commentRows)
    put('comment', r, {
      text: r.body,
      courseTitle: r.courseTitle,
      lessonTitle: r.lessonTitle,
      href: `/learn/${r.courseSlug}/${r.lessonId}`,
    });
  for (const r of courseRows)
    put('course', r, { title: r.title, text: r.subtitle, href: `/courses/${r.slug}` });
  for (const r of userRows)
    out.set(targetKey('user', r.id), {
      ...empty('user', r.id),
      exists: r.status !== 'deleted',
      authorId: r.id,
      authorName: r.name,
      authorStatus: r.status,
      status: r.status,
      title: r.name,
      href: r.profileSlug ? `/creators/${r.profileSlug}` : `/admin/users?q=${r.id}`,
    });
  return out;
}

export type LockedTarget = {
  authorId: string;
  status: string;
  /** Set for reviews: the course whose rating must follow the change. */
  courseId: string | null;
};

/** Locks the reported row for the change and says who wrote it; null when it is gone. */
export async function lockTargetRow(
  tx: Tx,
  type: ReportTarget,
  id: string,
): Promise<LockedTarget | null> {
  if (type === 'review') {
    const [r] = await tx
      .select({ authorId: reviews.userId, status: reviews.status, courseId: reviews.courseId })
      .from(reviews)
      .where(eq(reviews.id, id))
      .for('update');
    return r ?? null;
  }
  if (type === 'comment') {
    const [r] = await tx
      .select({ authorId: lessonComments.userId, status: lessonComments.status })
      .from(lessonComments)
      .where(eq(lessonComments.id, id))
      .for('update');
    return r ? { ...r, courseId: null } : null;
  }
  if (type === 'course') {
    const [r] = await tx
      .select({ authorId: courses.creatorId, status: courses.status })
      .from(courses)
      .where(and(eq(courses.id, id), isNull(courses.deletedAt)))
      .for('update');
    return r ? { ...r, courseId: null } : null;
  }
  const [r] = await tx
    .select({ authorId: users.id, status: users.status })
    .from(users)
    .where(eq(users.id, id))
    .for('update');
  return r && r.status !== 'deleted' ? { ...r, courseId: null } : null;
}

/** Sets a review's or comment's status (and, for reviews, refreshes the course rating). */
export async function setContentStatus(
  tx: Tx,
  type: 'review' | 'comment',
  id: string,
  status: ContentStatus,
  courseId: string | null,
): Promise<void> {
  if (type === 'review') {
    await tx.update(reviews).set({ status }).where(eq(reviews.id, id));
    if (courseId) await recomputeCourseRating(tx, courseId);
  } else {
    await tx.update(lessonComments).set({ status }).where(eq(lessonComments.id, id));
  }
}

/** Sets a course's status with the note its creator sees in the studio, and reindexes search. */
export async function setCourseModerationStatus(
  tx: Tx,
  id: string,
  status: CourseStatus,
  note: string | null,
): Promise<void> {
  await tx.update(courses).set({ status, moderationNote: note }).where(eq(courses.id, id));
  await reindexCourse(tx, id);
}
