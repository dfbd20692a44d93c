import 'server-only';

import { and, eq, gte, inArray, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  behaviourEvents,
  courses,
  enrollments,
  lessons,
  type NewBehaviourEvent,
} from '@/db/schema';
import { canAccessLesson } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { ClientEvent } from '@/lib/validation/events';

/** One course view per user (or visitor) per course in this window counts (ABUSE-4). */
export const VIEW_DEDUP_MS = 30 * 60 * 1000;

export type EventSubject = { viewer: Viewer | null; anonId: string | null };

type Access = { coursePublic: boolean; lessons: Map<string, boolean> };

/**
 * Which of the batch's courses and lessons the subject may see, in ONE query (ACCESS-6): public
 * courses only, and lessons by canAccessLesson on the rows as stored (preview, owner, enrolment).
 */
async function loadAccess(subject: EventSubject, events: ClientEvent[]) {
  const courseIds = new Set<string>();
  const lessonIds = new Set<string>();
  for (const e of events) {
    if ('courseId' in e) courseIds.add(e.courseId);
    if ('lessonId' in e) lessonIds.add(e.lessonId);
  }
  const out = new Map<string, Access>();
  if (courseIds.size === 0) return out;
  const userId = subject.viewer?.id ?? '';
  const rows = await db
    .select({
      courseId: courses.id,
      status: courses.status,
      creatorId: courses.creatorId,
      deletedAt: courses.deletedAt,
      lessonId: lessons.id,
      isPreview: lessons.isPreview,
      enrolment: enrollments.status,
    })
    .from(courses)
    .leftJoin(
      lessons,
      and(
        eq(lessons.courseId, courses.id),
        lessonIds.size ? inArray(lessons.id, [...lessonIds]) : sql`FALSE`,
      ),
    )
    .leftJoin(
      enrollments,
      and(eq(enrollments.courseId, courses.id), eq(enrollments.userId, userId)),
    )
    .where(inArray(courses.id, [...courseIds]));
  for (const r of rows) {
    const course = { creatorId: r.creatorId, status: r.status, deletedAt: r.deletedAt };
    const entry = out.get(r.courseId) ?? {
      coursePublic: r.status === 'published' && !r.deletedAt,
      lessons: new Map<string, boolean>(),
    };
    if (r.lessonId) {
      const enrolment = r.enrolment ? { status: r.enrolment } : null;
      const lesson = { isPreview: r.isPreview ?? false };
      entry.lessons.set(r.lessonId, canAccessLesson(subject.viewer, course, lesson, enrolment));
    }
    out.set(r.courseId, entry);
  }
  return out;
}

function visible(e: ClientEvent, access: Map<string, Access>): boolean {
  if (!('courseId' in e)) return true;
  const a = access.get(e.courseId);
  if (!a?.coursePublic) return false;
  return 'lessonId' in e ? a.lessons.get(e.lessonId) === true : true;
}

/** Courses this subject already viewed inside the de-duplication window. */
async function recentlyViewed(subject: EventSubject, courseIds: string[]): Promise<Set<string>> {
  if (courseIds.length === 0) return new Set();
  const who = subject.viewer
    ? eq(behaviourEvents.userId, subject.viewer.id)
    : eq(behaviourEvents.anonId, subject.anonId ?? '');
  const rows = await db
    .selectDistinct({ courseId: behaviourEvents.courseId })
    .from(behaviourEvents)
    .where(
      and(
        who,
        eq(behaviourEvents.type, 'view'),
        inArray(behaviourEvents.courseId, courseIds),
        gte(behaviourEvents.createdAt, new Date(Date.now() - VIEW_DEDUP_MS)),
      ),
    );
  return new Set(rows.flatMap((r) => (r.courseId ? [r.courseId] : [])));
}

/**
 * Stores the valid, visible events of one batch with ONE multi-row insert. Invisible objects and
 * repeated views are dropped silently: the client learns nothing about what exists (ACCESS-6).
 */
export async function recordEvents(
  subject: EventSubject,
  events: ClientEvent[],
): Promise<{ written: number; invisible: number }> {
  const access = await loadAccess(subject, events);
  const shown = events.filter((e) => visible(e, access));
  const viewIds = [...new Set(shown.flatMap((e) => (e.type === 'view' ? [e.courseId] : [])))];
  const seen = await recentlyViewed(subject, viewIds);
  const rows: NewBehaviourEvent[] = [];
  for (const e of shown) {
    if (e.type === 'view') {
      if (seen.has(e.courseId)) continue;
      seen.add(e.courseId);
    }
    rows.push({
      userId: subject.viewer?.id ?? null,
      anonId: subject.viewer ? null : subject.anonId,
      type: e.type,
      courseId: 'courseId' in e ? e.courseId : null,
      lessonId: 'lessonId' in e ? e.lessonId : null,
      value: 'value' in e ? e.value : null,
    });
  }
  if (rows.length > 0) await db.insert(behaviourEvents).values(rows);
  return { written: rows.length, invisible: events.length - shown.length };
}
