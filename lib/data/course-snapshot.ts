import 'server-only';

import { createHash } from 'node:crypto';

import { asc, eq, inArray } from 'drizzle-orm';

import { type db, type Tx } from '@/db';
import { categories, courses, courseSections, courseTags, lessons, tags } from '@/db/schema';
import type { CourseSnapshot, SnapshotLesson } from '@/lib/course-snapshot';
import { isCurrency } from '@/lib/money';
import { coursePrices } from '@/lib/pricing';

function bodyHash(body: string | null): string | null {
  return body ? createHash('sha256').update(body).digest('hex').slice(0, 16) : null;
}

/** The courses as stored now, as snapshots (what an approval keeps and the next review compares). */
export async function takeCourseSnapshots(
  tx: Tx | typeof db,
  courseIds: string[],
): Promise<Map<string, CourseSnapshot>> {
  if (courseIds.length === 0) return new Map();
  const [rows, lessonRows, tagRows] = await Promise.all([
    tx
      .select({
        id: courses.id,
        title: courses.title,
        subtitle: courses.subtitle,
        description: courses.description,
        outcomes: courses.outcomes,
        requirements: courses.requirements,
        category: categories.nameEn,
        level: courses.level,
        language: courses.language,
        coverUrl: courses.coverUrl,
        priceMinor: courses.priceMinor,
        currency: courses.currency,
        altPriceMinor: courses.altPriceMinor,
        altCurrency: courses.altCurrency,
      })
      .from(courses)
      .innerJoin(categories, eq(categories.id, courses.categoryId))
      .where(inArray(courses.id, courseIds)),
    tx
      .select({
        courseId: lessons.courseId,
        id: lessons.id,
        title: lessons.title,
        kind: lessons.kind,
        section: courseSections.title,
        isPreview: lessons.isPreview,
        mediaId: lessons.mediaId,
        body: lessons.body,
        captionsVtt: lessons.captionsVtt,
      })
      .from(lessons)
      .innerJoin(courseSections, eq(courseSections.id, lessons.sectionId))
      .where(inArray(lessons.courseId, courseIds))
      .orderBy(asc(courseSections.position), asc(lessons.position), asc(lessons.id)),
    tx
      .select({ courseId: courseTags.courseId, name: tags.name })
      .from(courseTags)
      .innerJoin(tags, eq(tags.id, courseTags.tagId))
      .where(inArray(courseTags.courseId, courseIds))
      .orderBy(asc(tags.name)),
  ]);
  const lessonsOf = new Map<string, SnapshotLesson[]>();
  for (const { courseId, body, captionsVtt, ...l } of lessonRows) {
    const list = lessonsOf.get(courseId) ?? [];
    list.push({ ...l, bodyHash: bodyHash(body), hasCaptions: !!captionsVtt });
    lessonsOf.set(courseId, list);
  }
  const snapshots = new Map<string, CourseSnapshot>();
  for (const r of rows) {
    snapshots.set(r.id, {
      title: r.title,
      subtitle: r.subtitle,
      description: r.description,
      outcomes: r.outcomes ?? '',
      requirements: r.requirements ?? '',
      category: r.category,
      level: r.level,
      language: r.language,
      coverUrl: r.coverUrl,
      prices: isCurrency(r.currency) ? coursePrices({ ...r, currency: r.currency }) : [],
      tags: tagRows.filter((t) => t.courseId === r.id).map((t) => t.name),
      lessons: lessonsOf.get(r.id) ?? [],
    });
  }
  return snapshots;
}
