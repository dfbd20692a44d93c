import 'server-only';

import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { lessonComments, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { requireLessonAccess } from '@/lib/data/lesson-questions';
import { pageWindow, totalPages } from '@/lib/pagination';

export type QaPost = {
  id: string;
  body: string;
  authorName: string;
  createdAt: Date;
  edited: boolean;
  /** Written by the course's creator: shown as the instructor's answer. */
  byCreator: boolean;
  own: boolean;
};
export type QaQuestion = QaPost & { answers: QaPost[] };
export type QaPage = { questions: QaQuestion[]; page: number; pages: number; total: number };

export const QUESTIONS_PER_PAGE = 10;

const columns = {
  id: lessonComments.id,
  parentId: lessonComments.parentId,
  userId: lessonComments.userId,
  body: lessonComments.body,
  createdAt: lessonComments.createdAt,
  updatedAt: lessonComments.updatedAt,
  authorName: users.name,
};

/**
 * One page of a lesson's questions (newest first), each with its answers (oldest first). Only for
 * viewers who may open the lesson; author e-mails and ids never leave this function (DATA-1).
 */
export async function listLessonQuestions(
  viewer: Viewer | null,
  lessonId: string,
  page: number,
): Promise<QaPage> {
  const lesson = await requireLessonAccess(viewer, lessonId);
  const win = pageWindow(page, QUESTIONS_PER_PAGE);
  const where = and(
    eq(lessonComments.lessonId, lesson.lessonId),
    eq(lessonComments.status, 'visible'),
    isNull(lessonComments.parentId),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(lessonComments)
      .innerJoin(users, eq(users.id, lessonComments.userId))
      .where(where)
      .orderBy(desc(lessonComments.createdAt), desc(lessonComments.id))
      .limit(win.pageSize)
      .offset(win.offset),
    db.select({ n: count() }).from(lessonComments).where(where),
  ]);
  const answers = rows.length
    ? await db
        .select(columns)
        .from(lessonComments)
        .innerJoin(users, eq(users.id, lessonComments.userId))
        .where(
          and(
            inArray(
              lessonComments.parentId,
              rows.map((r) => r.id),
            ),
            eq(lessonComments.status, 'visible'),
          ),
        )
        .orderBy(asc(lessonComments.createdAt))
    : [];
  const toPost = (r: (typeof rows)[number]): QaPost => ({
    id: r.id,
    body: r.body,
    authorName: r.authorName,
    createdAt: r.createdAt,
    edited: r.updatedAt.getTime() - r.createdAt.getTime() > 1000,
    byCreator: r.userId === lesson.creatorId,
    own: !!viewer && r.userId === viewer.id,
  });
  const n = total?.n ?? 0;
  return {
    questions: rows.map((q) => ({
      ...toPost(q),
      answers: answers.filter((a) => a.parentId === q.id).map(toPost),
    })),
    page: win.page,
    pages: totalPages(n, win.pageSize),
    total: n,
  };
}
