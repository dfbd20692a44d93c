import 'server-only';

import { and, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { courses, lessons, type CourseStatus } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { isCourseReviewReason, type CourseReviewReason } from '@/lib/course-review-reasons';
import { takeCourseSnapshots } from '@/lib/data/course-snapshot';
import { getReviewPolicy } from '@/lib/data/review-policy';
import { reindexCourse } from '@/lib/data/search-index';
import { assertStudioViewer, editableBy } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';
import { isCurrency } from '@/lib/money';

export const PUBLISH_CHECKS = ['title', 'description', 'cover', 'lesson', 'price'] as const;
export type PublishCheck = (typeof PUBLISH_CHECKS)[number];
export const MIN_DESCRIPTION_CHARS = 50;

export type PublishState = {
  status: CourseStatus;
  moderationNote: string | null;
  /** Why the last review sent it back, when it did (lib/course-review-reasons.ts). */
  moderationReason: CourseReviewReason | null;
  /** Submitting publishes at once: the review policy trusts this creator (see skipsReview). */
  publishesDirectly: boolean;
  missing: PublishCheck[];
};

/** Locks the viewer's own course row for a status change; another creator's is NOT_FOUND (ACCESS-3). */
async function lockCourse(tx: Tx, viewer: Viewer, courseId: string, lock = true) {
  const query = tx
    .select({
      id: courses.id,
      title: courses.title,
      description: courses.description,
      coverUrl: courses.coverUrl,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
      status: courses.status,
      moderationNote: courses.moderationNote,
      moderationReason: courses.moderationReason,
      creatorId: courses.creatorId,
      publishedAt: courses.publishedAt,
    })
    .from(courses)
    .where(editableBy(viewer, courseId))
    .limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return row;
}

type CheckedCourse = Awaited<ReturnType<typeof lockCourse>>;

/** What a course still lacks before review; the storefront needs all of it to sell the course. */
async function missingChecks(tx: Tx | typeof db, course: CheckedCourse): Promise<PublishCheck[]> {
  const [withContent] = await tx
    .select({ id: lessons.id })
    .from(lessons)
    .where(
      and(
        eq(lessons.courseId, course.id),
        or(
          isNotNull(lessons.mediaId),
          and(eq(lessons.kind, 'article'), ne(sql`TRIM(COALESCE(${lessons.body}, ''))`, '')),
        ),
      ),
    )
    .limit(1);
  const missing: PublishCheck[] = [];
  if (course.title.trim().length < 3) missing.push('title');
  if (course.description.trim().length < MIN_DESCRIPTION_CHARS) missing.push('description');
  if (!course.coverUrl) missing.push('cover');
  if (!withContent) missing.push('lesson');
  // Free is an explicit price of 0; otherwise a positive price in a currency we sell in.
  if (!isCurrency(course.currency) || course.priceMinor < 0) missing.push('price');
  return missing;
}

/** Owner or admin: the course's status, the moderator's note and the checklist for the studio. */
export async function getPublishState(viewer: Viewer, courseId: string): Promise<PublishState> {
  assertStudioViewer(viewer, courseId);
  return db.transaction(async (tx) => {
    const course = await lockCourse(tx, viewer, courseId, false);
    return {
      status: course.status,
      moderationNote: course.moderationNote,
      moderationReason: isCourseReviewReason(course.moderationReason)
        ? course.moderationReason
        : null,
      missing: await missingChecks(tx, course),
      publishesDirectly: await skipsReview(tx, course),
    };
  });
}

/**
 * Under the "first course" policy a draft skips review when its creator already has a live course.
 * A rejected course never does: the reviewer's objection has to be answered to a reviewer.
 */
async function skipsReview(tx: Tx, course: CheckedCourse): Promise<boolean> {
  if (course.status !== 'draft' || (await getReviewPolicy(tx)) !== 'first_course') return false;
  const [live] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(
      and(
        eq(courses.creatorId, course.creatorId),
        eq(courses.status, 'published'),
        ne(courses.id, course.id),
        isNull(courses.deletedAt),
      ),
    )
    .limit(1);
  return !!live;
}

/**
 * Owner only: draft or rejected → in_review when every check passes (or straight to published when
 * the review policy trusts this creator, keeping the snapshot a review would have kept); otherwise
 * nothing changes and the caller gets the list of what is missing.
 */
export async function submitCourseForReview(
  viewer: Viewer,
  courseId: string,
): Promise<{ submitted: boolean; published: boolean; missing: PublishCheck[] }> {
  assertStudioViewer(viewer, courseId);
  return db.transaction(async (tx) => {
    const course = await lockCourse(tx, viewer, courseId);
    if (course.status !== 'draft' && course.status !== 'rejected') {
      throw new AppError('CONFLICT', 'StudioBuilder.errors.badTransition');
    }
    const missing = await missingChecks(tx, course);
    if (missing.length > 0) return { submitted: false, published: false, missing };
    const now = new Date();
    if (await skipsReview(tx, course)) {
      await tx
        .update(courses)
        .set({
          status: 'published',
          submittedAt: now,
          publishedAt: course.publishedAt ?? now,
          moderationNote: null,
          moderationReason: null,
          approvedSnapshot: (await takeCourseSnapshots(tx, [courseId])).get(courseId),
        })
        .where(editableBy(viewer, courseId));
      await reindexCourse(tx, courseId);
      return { submitted: true, published: true, missing };
    }
    await tx
      .update(courses)
      .set({ status: 'in_review', submittedAt: now })
      .where(editableBy(viewer, courseId));
    return { submitted: true, published: false, missing };
  });
}

const TRANSITIONS = {
  /** Back to a draft: leaves the catalogue and review queue; enrolled learners keep access. */
  unpublish: { from: ['published', 'in_review', 'archived'], to: 'draft' },
  /** Retired: no longer sold or listed; enrolled learners keep access. */
  archive: { from: ['draft', 'published', 'rejected'], to: 'archived' },
} as const satisfies Record<string, { from: readonly CourseStatus[]; to: CourseStatus }>;

export type StatusMove = keyof typeof TRANSITIONS;

/** Owner only: unpublish or archive, and the search index forgets the course in the same tx. */
export async function moveCourseStatus(
  viewer: Viewer,
  courseId: string,
  move: StatusMove,
): Promise<{ status: CourseStatus }> {
  assertStudioViewer(viewer, courseId);
  const { from, to } = TRANSITIONS[move];
  return db.transaction(async (tx) => {
    const course = await lockCourse(tx, viewer, courseId);
    if (!(from as readonly CourseStatus[]).includes(course.status)) {
      throw new AppError('CONFLICT', 'StudioBuilder.errors.badTransition');
    }
    await tx
      .update(courses)
      .set({ status: to })
      .where(and(editableBy(viewer, courseId), inArray(courses.status, [...from])));
    await reindexCourse(tx, courseId);
    return { status: to };
  });
}
