import 'server-only';

import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import {
  courseSections,
  courses,
  creatorProfiles,
  enrollments,
  lessons,
  reviews,
  users,
  type LessonKind,
} from '@/db/schema';
import { canEditCourse } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import {
  cardPrices,
  cardQuery,
  publicCourseWhere,
  toCourseCard,
  type CourseCard,
} from '@/lib/data/course-cards';
import type { Money } from '@/lib/money';

export type CurriculumLesson = {
  id: string;
  title: string;
  kind: LessonKind;
  durationSec: number;
  isPreview: boolean;
};
export type CurriculumSection = { id: string; title: string; lessons: CurriculumLesson[] };

export type CourseDetail = CourseCard & {
  /** Server-side only: decides owner-only controls; never rendered. */
  creatorId: string;
  /** Every price the course sells at: `price` (the primary one) first, then one in the other currency. */
  prices: Money[];
  description: string;
  outcomes: string[];
  updatedAt: Date;
  /** True when the viewer sees a course that is not public (owner or admin preview). */
  isPreview: boolean;
  creatorProfile: { headline: string | null; avatarUrl: string | null };
  curriculum: CurriculumSection[];
  lessonCount: number;
  /** The viewer's active enrolment, with the lesson to start or resume at. */
  enrollment: { progressPercent: number; resumeLessonId: string | null } | null;
};

/**
 * Public course page, or null. Non-public courses only for their creator or an admin; deleted
 * courses for nobody. Lesson bodies and media keys never leave this function (metadata only).
 */
export async function getCourseForStorefront(
  slug: string,
  viewer: Viewer | null,
  locale: string,
): Promise<CourseDetail | null> {
  const [row] = await cardQuery()
    .where(and(eq(courses.slug, slug), isNull(courses.deletedAt)))
    .limit(1);
  if (!row) return null;
  const [extra] = await db
    .select({
      status: courses.status,
      creatorId: courses.creatorId,
      description: courses.description,
      outcomes: courses.outcomes,
      updatedAt: courses.updatedAt,
      headline: creatorProfiles.headline,
      avatarUrl: creatorProfiles.avatarUrl,
    })
    .from(courses)
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, courses.creatorId))
    .where(eq(courses.id, row.id))
    .limit(1);
  if (!extra) return null;
  const isPublic = extra.status === 'published';
  // Drafts, courses in review and taken-down ones: only those who may edit them see a preview.
  if (!isPublic && !canEditCourse(viewer, { creatorId: extra.creatorId, deletedAt: null }))
    return null;

  const [curriculum, enrollment] = await Promise.all([
    listCurriculum(row.id),
    viewer ? getActiveEnrollment(viewer.id, row.id) : Promise.resolve(null),
  ]);
  const firstLessonId = curriculum[0]?.lessons[0]?.id ?? null;
  return {
    ...toCourseCard(row, locale),
    creatorId: extra.creatorId,
    prices: cardPrices(row),
    description: extra.description,
    outcomes: (extra.outcomes ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    updatedAt: extra.updatedAt,
    isPreview: !isPublic,
    creatorProfile: { headline: extra.headline, avatarUrl: extra.avatarUrl },
    curriculum,
    lessonCount: curriculum.reduce((n, s) => n + s.lessons.length, 0),
    enrollment: enrollment
      ? {
          progressPercent: enrollment.progressPercent,
          resumeLessonId: enrollment.lastLessonId ?? firstLessonId,
        }
      : null,
  };
}

async function listCurriculum(courseId: string): Promise<CurriculumSection[]> {
  const [sections, lessonRows] = await Promise.all([
    db
      .select({ id: courseSections.id, title: courseSections.title })
      .from(courseSections)
      .where(eq(courseSections.courseId, courseId))
      .orderBy(asc(courseSections.position)),
    db
      .select({
        id: lessons.id,
        sectionId: lessons.sectionId,
        title: lessons.title,
        kind: lessons.kind,
        durationSec: lessons.durationSec,
        isPreview: lessons.isPreview,
      })
      .from(lessons)
      .where(eq(lessons.courseId, courseId))
      .orderBy(asc(lessons.position)),
  ]);
  return sections.map((s) => ({
    id: s.id,
    title: s.title,
    lessons: lessonRows
      .filter((l) => l.sectionId === s.id)
      .map(({ sectionId: _s, ...lesson }) => lesson),
  }));
}

async function getActiveEnrollment(userId: string, courseId: string) {
  const [row] = await db
    .select({
      progressPercent: enrollments.progressPercent,
      lastLessonId: enrollments.lastLessonId,
    })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.userId, userId),
        eq(enrollments.courseId, courseId),
        eq(enrollments.status, 'active'),
      ),
    )
    .limit(1);
  return row ?? null;
}

export type ReviewItem = {
  id: string;
  rating: number;
  body: string | null;
  authorName: string;
  createdAt: Date;
  creatorReply: string | null;
  verifiedPurchase: boolean;
};

export type ReviewSummary = {
  distribution: Record<1 | 2 | 3 | 4 | 5, number>;
  items: ReviewItem[];
};

/** Public: visible reviews of a public course (newest first) and the rating distribution. */
export async function getCourseReviews(courseId: string, limit = 10): Promise<ReviewSummary> {
  const visible = and(eq(reviews.courseId, courseId), eq(reviews.status, 'visible'));
  // The distribution uses the same rows as the average (recomputeCourseRating): verified ones only.
  const counted = and(visible, eq(reviews.verifiedPurchase, true));
  const [isPublic] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere));
  if (!isPublic) return { distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 }, items: [] };
  const [counts, rows] = await Promise.all([
    db
      .select({ rating: reviews.rating, n: count() })
      .from(reviews)
      .where(counted)
      .groupBy(reviews.rating),
    db
      .select({
        id: reviews.id,
        rating: reviews.rating,
        body: reviews.body,
        authorName: users.name,
        createdAt: reviews.createdAt,
        creatorReply: reviews.creatorReply,
        verifiedPurchase: reviews.verifiedPurchase,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .where(visible)
      .orderBy(desc(reviews.createdAt))
      .limit(Math.min(50, limit)),
  ]);
  const distribution: ReviewSummary['distribution'] = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  for (const c of counts) if (c.rating >= 1 && c.rating <= 5) distribution[c.rating as 1] = c.n;
  return { distribution, items: rows };
}
