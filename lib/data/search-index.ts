import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { type Tx } from '@/db';
import { categories, courseSearchTerms, courses, courseTags, tags } from '@/db/schema';
import { courseSearchTerms as termsFor } from '@/lib/search/course-terms';

/**
 * Rewrites one course's rows in the search index, inside the caller's transaction, so the index
 * never disagrees with the course it describes. Called when a course is created, edited, published
 * or taken down. A course that is not public (draft, in review, rejected, archived, deleted) keeps
 * no terms: search filters it out anyway (ACCESS-6), and an empty index row set cannot leak it.
 */
export async function reindexCourse(tx: Tx, courseId: string): Promise<{ terms: number }> {
  const [course] = await tx
    .select({
      title: courses.title,
      subtitle: courses.subtitle,
      description: courses.description,
      status: courses.status,
      nameEn: categories.nameEn,
      nameZh: categories.nameZh,
    })
    .from(courses)
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .where(and(eq(courses.id, courseId), isNull(courses.deletedAt)))
    .limit(1);
  await tx.delete(courseSearchTerms).where(eq(courseSearchTerms.courseId, courseId));
  if (!course || course.status !== 'published') return { terms: 0 };
  const tagRows = await tx
    .select({ name: tags.name })
    .from(courseTags)
    .innerJoin(tags, eq(tags.id, courseTags.tagId))
    .where(eq(courseTags.courseId, courseId));
  const terms = termsFor({
    title: course.title,
    subtitle: course.subtitle ?? '',
    tags: tagRows.map((t) => t.name),
    categoryNames: [course.nameEn, course.nameZh],
    description: course.description,
  });
  if (terms.length > 0)
    await tx.insert(courseSearchTerms).values(terms.map((t) => ({ ...t, courseId })));
  return { terms: terms.length };
}
