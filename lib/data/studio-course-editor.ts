import 'server-only';

import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import {
  categories,
  courseSlugRedirects,
  courses,
  courseTags,
  tags,
  type CourseLanguage,
  type CourseLevel,
  type CourseStatus,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { reindexCourse } from '@/lib/data/search-index';
import { isSlugFree, slugFromTitle } from '@/lib/data/studio-course-slug';
import { assertStudioViewer, editableBy } from '@/lib/data/studio-courses';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { CourseEditorInput } from '@/lib/validation/studio-course';

export type CourseEditorDto = {
  id: string;
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  categoryId: string;
  tags: string[];
  level: CourseLevel;
  language: CourseLanguage;
  outcomes: string;
  requirements: string;
  status: CourseStatus;
  coverUrl: string | null;
  moderationNote: string | null;
  updatedAt: string;
};

/** Owner or admin: everything the course editor shows; another creator's course is NOT_FOUND. */
export async function getCourseEditorOrThrow(
  viewer: Viewer,
  courseId: string,
): Promise<CourseEditorDto> {
  assertStudioViewer(viewer, courseId);
  const [row] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      subtitle: courses.subtitle,
      description: courses.description,
      categoryId: courses.categoryId,
      level: courses.level,
      language: courses.language,
      outcomes: courses.outcomes,
      requirements: courses.requirements,
      status: courses.status,
      coverUrl: courses.coverUrl,
      moderationNote: courses.moderationNote,
      updatedAt: courses.updatedAt,
    })
    .from(courses)
    .where(editableBy(viewer, courseId))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const tagRows = await db
    .select({ name: tags.name })
    .from(courseTags)
    .innerJoin(tags, eq(tags.id, courseTags.tagId))
    .where(eq(courseTags.courseId, courseId))
    .orderBy(asc(tags.name));
  return {
    ...row,
    outcomes: row.outcomes ?? '',
    requirements: row.requirements ?? '',
    tags: tagRows.map((t) => t.name),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function fieldError(field: string, key: string): AppError {
  return new AppError('BAD_REQUEST', 'Validation.invalid', { fieldErrors: { [field]: [key] } });
}

/** Tag slugs: ASCII words, or the lower-cased name itself for Chinese tags. */
function tagSlug(name: string): string {
  return (slugFromTitle(name) || name.toLowerCase().replace(/\s+/g, '-')).slice(0, 64);
}

/** Replaces the course's tags, creating unknown tags by name (at most ten, checked by the schema). */
async function setCourseTags(tx: Tx, courseId: string, names: string[]): Promise<void> {
  await tx.delete(courseTags).where(eq(courseTags.courseId, courseId));
  const bySlug = new Map<string, string>();
  for (const n of names) if (!bySlug.has(tagSlug(n))) bySlug.set(tagSlug(n), n);
  if (bySlug.size === 0) return;
  await tx
    .insert(tags)
    .values([...bySlug].map(([slug, name]) => ({ id: newId(), slug, name })))
    .onDuplicateKeyUpdate({ set: { slug: sql`${tags.slug}` } });
  const rows = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(inArray(tags.slug, [...bySlug.keys()]));
  await tx.insert(courseTags).values(rows.map((r) => ({ courseId, tagId: r.id })));
}

/**
 * Owner or admin: saves the editor's allow-listed fields (never status, creator, price or featured,
 * ACCESS-3). A new slug keeps the old one as a permanent redirect; a slug another course uses or
 * answers to is a field error. Status is untouched, so a published course stays published.
 */
export async function updateCourseEditor(
  viewer: Viewer,
  input: CourseEditorInput,
): Promise<{ slug: string; oldSlug: string }> {
  const { courseId } = input;
  assertStudioViewer(viewer, courseId);
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx
        .select({ slug: courses.slug })
        .from(courses)
        .where(editableBy(viewer, courseId))
        .for('update')
        .limit(1);
      if (!current) throw new AppError('NOT_FOUND', 'Errors.notFound');
      const [cat] = await tx
        .select({ id: categories.id })
        .from(categories)
        .where(eq(categories.id, input.categoryId))
        .limit(1);
      if (!cat) throw fieldError('categoryId', 'StudioBuilder.errors.categoryUnknown');
      if (input.slug !== current.slug) {
        if (!(await isSlugFree(tx, input.slug, courseId))) {
          throw fieldError('slug', 'StudioBuilder.errors.slugTaken');
        }
        // Taking back one of its own old slugs: that slug stops redirecting.
        await tx
          .delete(courseSlugRedirects)
          .where(
            and(
              eq(courseSlugRedirects.slug, input.slug),
              eq(courseSlugRedirects.courseId, courseId),
            ),
          );
        await tx.insert(courseSlugRedirects).values({ slug: current.slug, courseId });
      }
      await tx
        .update(courses)
        .set({
          slug: input.slug,
          title: input.title,
          subtitle: input.subtitle,
          description: input.description,
          categoryId: input.categoryId,
          level: input.level,
          language: input.language,
          outcomes: input.outcomes || null,
          requirements: input.requirements || null,
        })
        .where(editableBy(viewer, courseId));
      await setCourseTags(tx, courseId, input.tags);
      await reindexCourse(tx, courseId);
      return { slug: input.slug, oldSlug: current.slug };
    });
  } catch (err) {
    // Two saves racing for one slug: the unique index decides, the loser gets the field error.
    if (isDuplicateKeyError(err)) throw fieldError('slug', 'StudioBuilder.errors.slugTaken');
    throw err;
  }
}

/**
 * Public: the current slug of a published course that used to answer to `oldSlug`, or null. Drafts
 * and deleted courses give null, so old links never reveal an unpublished course (ACCESS-6).
 */
export async function findRenamedCourseSlug(oldSlug: string): Promise<string | null> {
  if (oldSlug.length > 120) return null;
  const [row] = await db
    .select({ slug: courses.slug })
    .from(courseSlugRedirects)
    .innerJoin(courses, eq(courses.id, courseSlugRedirects.courseId))
    .where(
      and(
        eq(courseSlugRedirects.slug, oldSlug),
        eq(courses.status, 'published'),
        isNull(courses.deletedAt),
        ne(courses.slug, oldSlug),
      ),
    )
    .limit(1);
  return row?.slug ?? null;
}
