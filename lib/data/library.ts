import 'server-only';

import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { courseSections, courses, enrollments, lessons } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { cardQuery, toCourseCard, type CourseCard } from '@/lib/data/course-cards';

export type LibraryItem = {
  course: CourseCard;
  progressPercent: number;
  completed: boolean;
  enrolledAt: Date;
  /** Where "continue" goes: the last lesson opened, else the first lesson; null for an empty course. */
  resumeLessonId: string | null;
};

/**
 * The viewer's own active enrolments, most recently used first. Archived courses stay in the
 * library of those who enrolled; deleted courses do not.
 */
export async function listLibrary(viewer: Viewer, locale: string): Promise<LibraryItem[]> {
  const rows = await cardQuery()
    .innerJoin(enrollments, eq(enrollments.courseId, courses.id))
    .where(
      and(
        eq(enrollments.userId, viewer.id),
        eq(enrollments.status, 'active'),
        inArray(courses.status, ['published', 'archived']),
        isNull(courses.deletedAt),
      ),
    )
    .orderBy(desc(enrollments.updatedAt))
    .limit(200);
  if (rows.length === 0) return [];

  const meta = await db
    .select({
      courseId: enrollments.courseId,
      progressPercent: enrollments.progressPercent,
      completedAt: enrollments.completedAt,
      createdAt: enrollments.createdAt,
      lastLessonId: enrollments.lastLessonId,
    })
    .from(enrollments)
    .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.status, 'active')));
  const byCourse = new Map(meta.map((m) => [m.courseId, m]));
  const firstLessons = await firstLessonByCourse(rows.map((r) => r.id));

  return rows.map((row) => {
    const m = byCourse.get(row.id);
    return {
      course: toCourseCard(row, locale),
      progressPercent: m?.progressPercent ?? 0,
      completed: !!m?.completedAt,
      enrolledAt: m?.createdAt ?? new Date(0),
      resumeLessonId: m?.lastLessonId ?? firstLessons.get(row.id) ?? null,
    };
  });
}

async function firstLessonByCourse(courseIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: lessons.id, courseId: lessons.courseId })
    .from(lessons)
    .innerJoin(courseSections, eq(courseSections.id, lessons.sectionId))
    .where(inArray(lessons.courseId, courseIds))
    .orderBy(asc(lessons.courseId), asc(courseSections.position), asc(lessons.position));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.courseId)) out.set(r.courseId, r.id);
  return out;
}
