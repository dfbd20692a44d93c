import 'server-only';

import { and, eq, inArray, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, courseTags, tags } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { hasCategorySuggester, suggestCategories } from '@/lib/data/category-suggest';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { assertStudioViewer, editableBy } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit';
import type { CourseSuggestInput } from '@/lib/validation/studio-suggest';

export type CourseSuggestions = {
  /** False when no suggester has been built yet: the editor says so and shows nothing else. */
  model: boolean;
  categories: { id: string; name: string; percent: number }[];
  tags: string[];
};

const TOP_CATEGORIES = 3;
const TOP_TAGS = 6;

/**
 * Tags of published courses in the suggested categories, each course's tag weighted by its
 * category's confidence; tags the draft already has are left out.
 */
async function tagsForCategories(
  ranked: { id: string; score: number }[],
  chosen: readonly string[],
): Promise<string[]> {
  if (ranked.length === 0) return [];
  const rows = await db
    .select({
      name: tags.name,
      categoryId: courses.categoryId,
      uses: sql<number>`count(*)`.mapWith(Number),
    })
    .from(courseTags)
    .innerJoin(courses, eq(courses.id, courseTags.courseId))
    .innerJoin(tags, eq(tags.id, courseTags.tagId))
    .where(
      and(
        publicCourseWhere,
        inArray(
          courses.categoryId,
          ranked.map((r) => r.id),
        ),
      ),
    )
    .groupBy(tags.id, tags.name, courses.categoryId);
  const weight = new Map(ranked.map((r) => [r.id, r.score]));
  const have = new Set(chosen.map((t) => t.toLowerCase()));
  const score = new Map<string, number>();
  for (const r of rows) {
    if (have.has(r.name.toLowerCase())) continue;
    score.set(r.name, (score.get(r.name) ?? 0) + r.uses * (weight.get(r.categoryId) ?? 0));
  }
  return [...score]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_TAGS)
    .map(([name]) => name);
}

/**
 * Owner or admin of the course (others get NOT_FOUND, ACCESS-1): likely categories for the draft's
 * text with their confidence in percent, and tags from courses in those categories. Rate limited
 * per user; empty with `model: false` until the recommendations build has trained a suggester.
 */
export async function suggestForCourse(
  viewer: Viewer,
  input: CourseSuggestInput,
): Promise<CourseSuggestions> {
  assertStudioViewer(viewer, input.courseId);
  const [own] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(editableBy(viewer, input.courseId))
    .limit(1);
  if (!own) throw new AppError('NOT_FOUND', 'Errors.notFound');
  await consumeLimit('studioSuggestMinute', viewer.id);
  if (!(await hasCategorySuggester())) return { model: false, categories: [], tags: [] };
  const found = await suggestCategories(input.text, { top: TOP_CATEGORIES, locale: viewer.locale });
  return {
    model: true,
    categories: found.map((c) => ({ id: c.id, name: c.name, percent: Math.round(c.score * 100) })),
    tags: await tagsForCategories(found, input.tags),
  };
}
