import 'server-only';

import { asc, eq } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { categories, courseSections, courses, courseTags, lessons } from '@/db/schema';
import { canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { uniqueSlug } from '@/lib/data/studio-course-slug';
import { assertStudioViewer, editableBy } from '@/lib/data/studio-courses';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { CreateCourseInput } from '@/lib/validation/studio-course';

async function assertCategory(tx: Tx, categoryId: string): Promise<void> {
  const [cat] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.id, categoryId))
    .limit(1);
  if (!cat) {
    throw new AppError('BAD_REQUEST', 'Validation.invalid', {
      fieldErrors: { categoryId: ['StudioBuilder.errors.categoryUnknown'] },
    });
  }
}

/** Retries once on a slug collision from a concurrent create (the unique index decides). */
async function withSlugRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return run();
  }
}

/**
 * Creators only: a new draft owned by the viewer (never a creatorId from the form, ACCESS-3), free
 * until priced, with a unique slug from the title.
 */
export async function createCourse(
  viewer: Viewer,
  input: CreateCourseInput,
): Promise<{ id: string }> {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const id = newId();
  await withSlugRetry(() =>
    db.transaction(async (tx) => {
      await assertCategory(tx, input.categoryId);
      await tx.insert(courses).values({
        id,
        slug: await uniqueSlug(tx, input.title),
        creatorId: viewer.id,
        categoryId: input.categoryId,
        title: input.title,
        description: '',
        language: input.language,
        priceMinor: 0,
        currency: input.language === 'zh' ? 'CNY' : 'USD',
        status: 'draft',
      });
    }),
  );
  return { id };
}

/**
 * Owner (or admin) only: a new draft with the same details, tags, sections and lessons. Learners'
 * rows (enrolments, reviews, orders) and counters stay with the original.
 */
export async function duplicateCourse(viewer: Viewer, courseId: string): Promise<{ id: string }> {
  assertStudioViewer(viewer, courseId);
  const id = newId();
  await withSlugRetry(() =>
    db.transaction(async (tx) => {
      const [src] = await tx.select().from(courses).where(editableBy(viewer, courseId)).limit(1);
      if (!src) throw new AppError('NOT_FOUND', 'Errors.notFound');
      await tx.insert(courses).values({
        id,
        slug: await uniqueSlug(tx, src.title),
        creatorId: src.creatorId,
        categoryId: src.categoryId,
        title: src.title,
        subtitle: src.subtitle,
        description: src.description,
        outcomes: src.outcomes,
        requirements: src.requirements,
        language: src.language,
        level: src.level,
        priceMinor: src.priceMinor,
        currency: src.currency,
        coverUrl: src.coverUrl,
        durationSec: src.durationSec,
        status: 'draft',
      });
      const tagRows = await tx
        .select({ tagId: courseTags.tagId })
        .from(courseTags)
        .where(eq(courseTags.courseId, courseId));
      if (tagRows.length > 0) {
        await tx.insert(courseTags).values(tagRows.map((t) => ({ courseId: id, tagId: t.tagId })));
      }
      await copyCurriculum(tx, courseId, id);
    }),
  );
  return { id };
}

async function copyCurriculum(tx: Tx, fromId: string, toId: string): Promise<void> {
  const sections = await tx
    .select()
    .from(courseSections)
    .where(eq(courseSections.courseId, fromId))
    .orderBy(asc(courseSections.position));
  const sectionIds = new Map(sections.map((s) => [s.id, newId()]));
  if (sections.length > 0) {
    await tx.insert(courseSections).values(
      sections.map((s) => ({
        id: sectionIds.get(s.id)!,
        courseId: toId,
        title: s.title,
        position: s.position,
      })),
    );
  }
  const rows = await tx.select().from(lessons).where(eq(lessons.courseId, fromId));
  if (rows.length === 0) return;
  await tx.insert(lessons).values(
    rows.map((l) => ({
      id: newId(),
      courseId: toId,
      sectionId: sectionIds.get(l.sectionId)!,
      title: l.title,
      kind: l.kind,
      position: l.position,
      isPreview: l.isPreview,
      body: l.body,
      mediaId: l.mediaId,
      captionsVtt: l.captionsVtt,
      durationSec: l.durationSec,
    })),
  );
}
