import 'server-only';

import { and, asc, eq, isNotNull } from 'drizzle-orm';

import { db } from '@/db';
import {
  courseSections,
  courses,
  enrollments,
  lessonProgress,
  lessons,
  type LessonKind,
} from '@/db/schema';
import { canAccessLesson, canEditCourse } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { loadLessonAccess, mediaUrlFor } from '@/lib/data/lesson-access';

export type SidebarLesson = {
  id: string;
  title: string;
  kind: LessonKind;
  durationSec: number;
  isPreview: boolean;
  completed: boolean;
};
export type SidebarSection = { id: string; title: string; lessons: SidebarLesson[] };

type CourseHeader = {
  id: string;
  slug: string;
  title: string;
  priceMinor: number;
  currency: string;
  /** The course's cover, shown as the video's poster until it plays. */
  coverUrl: string | null;
};

type Common = {
  course: CourseHeader;
  lesson: { id: string; title: string; kind: LessonKind; durationSec: number; isPreview: boolean };
  sections: SidebarSection[];
  prevId: string | null;
  nextId: string | null;
  /** Percent of the course's lessons the viewer completed (0 when not enrolled). */
  progressPercent: number;
  /** The viewer may open every lesson (enrolled, owner, admin); otherwise paid ones show a lock. */
  opensAll: boolean;
};

export type LessonPage =
  | (Common & { access: 'locked' })
  | (Common & {
      access: 'open';
      body: string | null;
      mediaUrl: string | null;
      captionsUrl: string | null;
      /** Second to resume at, and whether the lesson is done. */
      positionSec: number;
      completed: boolean;
      /** Only enrolled learners record progress; owners, admins and preview visitors do not. */
      tracksProgress: boolean;
    });

/**
 * The lesson page. Null (404) for an unknown lesson, a slug that is not its course's, or a course
 * the viewer may not see (unpublished: owner and admin only). Without access (ACCESS-2) the page
 * gets titles and durations only, never the body or a media URL.
 */
export async function getLessonPage(
  viewer: Viewer | null,
  courseSlug: string,
  lessonId: string,
): Promise<LessonPage | null> {
  const access = await loadLessonAccess(viewer, lessonId);
  if (!access || !access.visible || access.course.slug !== courseSlug) return null;
  const { course } = access;
  const header = {
    id: course.id,
    slug: course.slug,
    title: course.title,
    priceMinor: course.priceMinor,
    currency: course.currency,
    coverUrl: course.coverUrl,
  };
  const enrolled = access.enrollment?.status === 'active';
  const learnerId = enrolled && viewer ? viewer.id : null;
  // The sidebar and this lesson's saved position are independent reads: run them together.
  const [{ sections, order, done }, progress] = await Promise.all([
    loadSidebar(course.id, learnerId),
    learnerId && access.allowed ? getSavedPosition(learnerId, lessonId) : Promise.resolve(null),
  ]);
  const at = order.indexOf(lessonId);
  const { lesson } = access;
  const common: Common = {
    course: header,
    lesson: {
      id: lesson.id,
      title: lesson.title,
      kind: lesson.kind,
      durationSec: lesson.durationSec,
      isPreview: lesson.isPreview,
    },
    sections,
    prevId: at > 0 ? order[at - 1]! : null,
    nextId: at >= 0 && at < order.length - 1 ? order[at + 1]! : null,
    progressPercent: order.length ? Math.round((done.size / order.length) * 100) : 0,
    opensAll: canAccessLesson(viewer, access.course, { isPreview: false }, access.enrollment),
  };
  if (!access.allowed) return { ...common, access: 'locked' };

  const mediaUrl = lesson.mediaId ? mediaUrlFor(viewer, access) : null;
  const sep = mediaUrl?.includes('?') ? '&' : '?';
  return {
    ...common,
    access: 'open',
    body: lesson.body,
    mediaUrl,
    captionsUrl: mediaUrl && lesson.hasCaptions ? `${mediaUrl}${sep}track=captions` : null,
    positionSec: progress?.positionSec ?? 0,
    completed: !!progress?.completedAt,
    tracksProgress: enrolled,
  };
}

async function getSavedPosition(userId: string, lessonId: string) {
  const [row] = await db
    .select({ positionSec: lessonProgress.positionSec, completedAt: lessonProgress.completedAt })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonId, lessonId)))
    .limit(1);
  return row ?? null;
}

/** Sections and lessons in order, with the learner's ticks when `userId` is given. */
async function loadSidebar(courseId: string, userId: string | null) {
  const [sectionRows, lessonRows, doneRows] = await Promise.all([
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
      .orderBy(asc(lessons.position), asc(lessons.id)),
    userId ? listCompletedLessonIds(userId, courseId) : Promise.resolve([]),
  ]);
  const done = new Set(doneRows);
  const sections = sectionRows.map((s) => ({
    id: s.id,
    title: s.title,
    lessons: lessonRows
      .filter((l) => l.sectionId === s.id)
      .map(({ sectionId: _s, ...l }) => ({ ...l, completed: done.has(l.id) })),
  }));
  const order = sections.flatMap((s) => s.lessons.map((l) => l.id));
  return { sections, order, done };
}

async function listCompletedLessonIds(userId: string, courseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: lessonProgress.lessonId })
    .from(lessonProgress)
    .where(
      and(
        eq(lessonProgress.userId, userId),
        eq(lessonProgress.courseId, courseId),
        isNotNull(lessonProgress.completedAt),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Where `/learn/<slug>` should open: for an enrolled learner the last lesson they opened unless it is
 * done, else the first unfinished lesson; for everyone else the first lesson. Null: no such course.
 */
export async function getResumeLessonId(
  viewer: Viewer | null,
  courseSlug: string,
): Promise<string | null> {
  const [course] = await db
    .select({
      id: courses.id,
      status: courses.status,
      creatorId: courses.creatorId,
      deletedAt: courses.deletedAt,
    })
    .from(courses)
    .where(eq(courses.slug, courseSlug))
    .limit(1);
  // Drafts stay hidden here too: redirecting would reveal their lesson ids (ACCESS-6).
  if (!course || course.deletedAt) return null;
  if (course.status !== 'published' && !canEditCourse(viewer, course)) return null;
  const [enrollment] = viewer
    ? await db
        .select({ lastLessonId: enrollments.lastLessonId })
        .from(enrollments)
        .where(
          and(
            eq(enrollments.userId, viewer.id),
            eq(enrollments.courseId, course.id),
            eq(enrollments.status, 'active'),
          ),
        )
        .limit(1)
    : [];
  const { order, done } = await loadSidebar(course.id, enrollment && viewer ? viewer.id : null);
  const last = enrollment?.lastLessonId;
  if (last && order.includes(last) && !done.has(last)) return last;
  return order.find((id) => !done.has(id)) ?? order[0] ?? null;
}
