import 'server-only';

import { and, eq, gte, inArray, isNotNull, lte, max } from 'drizzle-orm';

import { db } from '@/db';
import {
  behaviourEvents,
  categories,
  courses,
  courseTags,
  enrollments,
  reviews,
  tags,
  users,
  wishlistItems,
} from '@/db/schema';
import { publicCourseWhere } from '@/lib/data/course-cards';
import type { CourseFeatures } from '@/lib/recs/features';
import type { SignalKind } from '@/lib/recs/signals';

const DAY_MS = 86_400_000;
/** Events older than the retention window (DATA-1: 13 months) no longer shape taste. */
const EVENT_WINDOW_DAYS = 395;
const EVENT_TYPES = ['view', 'preview', 'wishlist', 'checkout_start'] as const;

/** Published, not deleted courses (ACCESS-6) with the features the vectors are made of. */
export async function loadCatalogue() {
  const cats = await db
    .select({ id: categories.id })
    .from(categories)
    .orderBy(categories.position, categories.id);
  const catIndex = new Map(cats.map((c, i) => [c.id, i]));
  const rows = await db
    .select({
      id: courses.id,
      categoryId: courses.categoryId,
      language: courses.language,
      level: courses.level,
      priceMinor: courses.priceMinor,
      title: courses.title,
      subtitle: courses.subtitle,
      description: courses.description,
    })
    .from(courses)
    .where(publicCourseWhere)
    .orderBy(courses.id);
  const tagRows = await db
    .select({ courseId: courseTags.courseId, name: tags.name })
    .from(courseTags)
    .innerJoin(tags, eq(tags.id, courseTags.tagId))
    .innerJoin(courses, eq(courses.id, courseTags.courseId))
    .where(publicCourseWhere);
  const tagsBy = new Map<string, string[]>();
  for (const t of tagRows) tagsBy.set(t.courseId, [...(tagsBy.get(t.courseId) ?? []), t.name]);
  const features: CourseFeatures[] = rows.map((r) => ({
    categoryIndex: catIndex.get(r.categoryId) ?? -1,
    language: r.language,
    level: r.level,
    priceMinor: r.priceMinor,
    title: r.title,
    subtitle: r.subtitle,
    description: r.description,
    tags: tagsBy.get(r.id) ?? [],
  }));
  return { courseIds: rows.map((r) => r.id), features, categoryIds: cats.map((c) => c.id) };
}

export type Signal = {
  userId: string;
  courseId: string;
  kind: SignalKind;
  at: Date;
  value?: number | null;
};

/**
 * Every signal of active users on public courses. Browsing events count once per user, course and
 * type, and only from accounts at least a day old (ABUSE-4: floods and fresh sock puppets are ignored).
 */
export async function loadSignals(now: Date): Promise<Signal[]> {
  const activeUser = eq(users.status, 'active');
  const out: Signal[] = [];
  const enr = await db
    .select({
      userId: enrollments.userId,
      courseId: enrollments.courseId,
      createdAt: enrollments.createdAt,
      updatedAt: enrollments.updatedAt,
      completedAt: enrollments.completedAt,
      progress: enrollments.progressPercent,
    })
    .from(enrollments)
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(and(eq(enrollments.status, 'active'), activeUser));
  for (const e of enr) {
    out.push({ userId: e.userId, courseId: e.courseId, kind: 'enroll', at: e.createdAt });
    if (e.completedAt)
      out.push({
        userId: e.userId,
        courseId: e.courseId,
        kind: 'course_complete',
        at: e.completedAt,
      });
    else if (e.progress > 0)
      out.push({
        userId: e.userId,
        courseId: e.courseId,
        kind: 'progress',
        at: e.updatedAt,
        value: e.progress,
      });
  }
  const rev = await db
    .select({
      userId: reviews.userId,
      courseId: reviews.courseId,
      rating: reviews.rating,
      at: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.status, 'visible'), activeUser));
  for (const r of rev)
    out.push({ userId: r.userId, courseId: r.courseId, kind: 'rate', at: r.at, value: r.rating });
  const wish = await db
    .select({
      userId: wishlistItems.userId,
      courseId: wishlistItems.courseId,
      at: wishlistItems.createdAt,
    })
    .from(wishlistItems)
    .innerJoin(users, eq(users.id, wishlistItems.userId))
    .where(activeUser);
  for (const w of wish) out.push({ ...w, kind: 'wishlist' });
  const ev = await db
    .select({
      userId: behaviourEvents.userId,
      courseId: behaviourEvents.courseId,
      type: behaviourEvents.type,
      at: max(behaviourEvents.createdAt),
    })
    .from(behaviourEvents)
    .innerJoin(users, eq(users.id, behaviourEvents.userId))
    .where(
      and(
        isNotNull(behaviourEvents.courseId),
        inArray(behaviourEvents.type, [...EVENT_TYPES]),
        gte(behaviourEvents.createdAt, new Date(now.getTime() - EVENT_WINDOW_DAYS * DAY_MS)),
        activeUser,
        lte(users.createdAt, new Date(now.getTime() - DAY_MS)),
      ),
    )
    .groupBy(behaviourEvents.userId, behaviourEvents.courseId, behaviourEvents.type);
  for (const e of ev) {
    if (e.userId && e.courseId && e.at)
      out.push({
        userId: e.userId,
        courseId: e.courseId,
        kind: e.type as SignalKind,
        at: new Date(e.at),
      });
  }
  return out;
}
