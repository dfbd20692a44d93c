import 'server-only';

import { and, count, desc, eq, like, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments, lessonProgress, platformSettings, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertStudioViewer, getOwnCourseOrThrow } from '@/lib/data/studio-analytics-scope';
import { pageWindow } from '@/lib/pagination';
import type { StudentsQuery } from '@/lib/validation/studio-analytics';

/*
 * The creator's learners: active enrolments on the viewer's own courses (ACCESS-3), with the
 * learner's display name only. Emails appear only when the platform allows it (DATA-1).
 */

export const CREATOR_CAN_SEE_EMAILS_KEY = 'creator_can_see_emails';
const PAGE_SIZE = 25;
/** The CSV holds every matching learner, up to this many rows. */
export const STUDENTS_CSV_LIMIT = 10_000;

export type StudentRow = {
  enrollmentId: string;
  name: string;
  /** Present only when `creator_can_see_emails` is on; null if the learner has no address. */
  email?: string | null;
  courseId: string;
  courseTitle: string;
  enrolledAt: Date;
  progressPercent: number;
  /** The latest progress write on this course, else the enrolment itself. */
  lastActivityAt: Date;
};

export type StudentsPage = {
  items: StudentRow[];
  total: number;
  page: number;
  pageSize: number;
  showEmails: boolean;
};

/** Platform setting, default off: whether creators see their learners' email addresses. */
export async function getCreatorCanSeeEmails(): Promise<boolean> {
  const [row] = await db
    .select({ value: platformSettings.value })
    .from(platformSettings)
    .where(eq(platformSettings.key, CREATOR_CAN_SEE_EMAILS_KEY))
    .limit(1);
  return row?.value === true || row?.value === 'true';
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (c) => `\\${c}`);
}

async function studentsWhere(viewer: Viewer, query: StudentsQuery): Promise<SQL | undefined> {
  assertStudioViewer(viewer);
  // A filtered course must be the viewer's own: another creator's id is NOT_FOUND, not an empty list.
  if (query.course) await getOwnCourseOrThrow(viewer, query.course);
  return and(
    eq(courses.creatorId, viewer.id),
    query.course ? eq(courses.id, query.course) : undefined,
    eq(enrollments.status, 'active'),
    query.q ? like(users.name, `%${escapeLike(query.q)}%`) : undefined,
  );
}

const lastActivity = sql<Date>`COALESCE((SELECT MAX(${lessonProgress.updatedAt}) FROM ${lessonProgress}
  WHERE ${lessonProgress.userId} = ${enrollments.userId} AND ${lessonProgress.courseId} = ${enrollments.courseId}),
  ${enrollments.createdAt})`;

async function selectStudents(
  where: SQL | undefined,
  limit: number,
  offset: number,
  emails: boolean,
) {
  const rows = await db
    .select({
      enrollmentId: enrollments.id,
      name: users.name,
      email: users.email,
      courseId: courses.id,
      courseTitle: courses.title,
      enrolledAt: enrollments.createdAt,
      progressPercent: enrollments.progressPercent,
      lastActivityAt: lastActivity,
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(where)
    .orderBy(desc(enrollments.createdAt), desc(enrollments.id))
    .limit(limit)
    .offset(offset);
  return rows.map(({ email, lastActivityAt, ...r }): StudentRow => ({
    ...r,
    lastActivityAt: new Date(lastActivityAt),
    ...(emails ? { email } : {}),
  }));
}

/** Creator (or admin) only; one page of learners on their own courses, newest enrolments first. */
export async function listStudioStudents(
  viewer: Viewer,
  query: StudentsQuery,
): Promise<StudentsPage> {
  const where = await studentsWhere(viewer, query);
  const win = pageWindow(query.page, PAGE_SIZE, PAGE_SIZE);
  const [showEmails, [total]] = await Promise.all([
    getCreatorCanSeeEmails(),
    db
      .select({ n: count() })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .innerJoin(users, eq(users.id, enrollments.userId))
      .where(where),
  ]);
  const items = await selectStudents(where, win.pageSize, win.offset, showEmails);
  return { items, total: total?.n ?? 0, page: win.page, pageSize: win.pageSize, showEmails };
}

/** Creator (or admin) only; every matching learner (capped) for the CSV export. */
export async function listStudioStudentsForExport(viewer: Viewer, query: StudentsQuery) {
  const where = await studentsWhere(viewer, query);
  const showEmails = await getCreatorCanSeeEmails();
  return { showEmails, items: await selectStudents(where, STUDENTS_CSV_LIMIT, 0, showEmails) };
}
