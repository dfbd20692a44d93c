import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { courseSlugRedirects } from '@/db/schema';
import { updateCourseEditorAction } from '@/lib/actions/studio/update-course-editor';
import {
  findRenamedCourseSlug,
  getCourseEditorOrThrow,
  updateCourseEditor,
} from '@/lib/data/studio-course-editor';
import { newId } from '@/lib/ids';
import { courseEditorSchema } from '@/lib/validation/studio-course';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { resetRequest } from '@/tests/support/next-headers';

import { actAs, courseRow, makeCategory } from './builder-fixtures';

beforeEach(() => resetRequest());

async function form(courseId: string, over: Record<string, string> = {}) {
  return {
    courseId,
    title: 'Edited title',
    slug: `edited-${newId(6).toLowerCase()}`,
    subtitle: 'A subtitle',
    description: '## Hello\n\nWorld',
    categoryId: await makeCategory(),
    tags: 'rust, 编程, Rust',
    level: 'intermediate',
    language: 'en',
    outcomes: 'Ship a CLI\nRead lifetimes',
    requirements: 'A laptop',
    ...over,
  };
}

describe('studio course editor', () => {
  it('saves every editor field, creates tags by name and keeps a published course published', async () => {
    const creator = await createTestUser({ role: 'creator' });
    const viewer = await actAs(creator);
    const courseId = await makeCourse(creator.id, { status: 'published' });
    const input = await form(courseId);
    const out = await runAction(updateCourseEditorAction, input);
    expect(out.state).toMatchObject({ ok: true, message: 'StudioBuilder.editor.saved' });
    const dto = await getCourseEditorOrThrow(viewer, courseId);
    expect(dto).toMatchObject({
      title: 'Edited title',
      slug: input.slug,
      subtitle: 'A subtitle',
      categoryId: input.categoryId,
      level: 'intermediate',
      outcomes: 'Ship a CLI\nRead lifetimes',
      requirements: 'A laptop',
      status: 'published',
    });
    // "rust" and "Rust" are one tag (tags are shared across courses, so compare case-blind).
    expect(dto.tags.map((t) => t.toLowerCase()).sort()).toEqual(['rust', '编程'].sort());
  });

  it('keeps the old slug as a redirect to the new one, only while the course is public', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { status: 'published' });
    const { slug: oldSlug } = await courseRow(courseId);
    const input = courseEditorSchema.parse(await form(courseId));
    await updateCourseEditor(creator, input);
    expect(await findRenamedCourseSlug(oldSlug)).toBe(input.slug);
    // Another course cannot take the old slug while it redirects.
    const other = await makeCourse(creator.id, { status: 'draft' });
    await expect(
      updateCourseEditor(creator, courseEditorSchema.parse(await form(other, { slug: oldSlug }))),
    ).rejects.toMatchObject({ fieldErrors: { slug: ['StudioBuilder.errors.slugTaken'] } });
    // Taking the old slug back removes its redirect.
    await updateCourseEditor(creator, { ...input, slug: oldSlug });
    expect(await findRenamedCourseSlug(oldSlug)).toBeNull();
    expect(await findRenamedCourseSlug(input.slug)).toBe(oldSlug);
    const rows = await db
      .select()
      .from(courseSlugRedirects)
      .where(eq(courseSlugRedirects.courseId, courseId));
    expect(rows.map((r) => r.slug)).toEqual([input.slug]);
  });

  it('does not redirect old slugs of a course that is no longer public', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { status: 'draft' });
    const { slug: oldSlug } = await courseRow(courseId);
    await updateCourseEditor(creator, courseEditorSchema.parse(await form(courseId)));
    expect(await findRenamedCourseSlug(oldSlug)).toBeNull();
  });

  it('returns field errors for a taken slug, a bad slug, eleven tags and an unknown category', async () => {
    const creator = await createTestUser({ role: 'creator' });
    await actAs(creator);
    const a = await makeCourse(creator.id);
    const b = await makeCourse(creator.id);
    const { slug: taken } = await courseRow(a);
    const takenOut = await runAction(updateCourseEditorAction, await form(b, { slug: taken }));
    expect(takenOut.state).toMatchObject({
      ok: false,
      fieldErrors: { slug: ['StudioBuilder.errors.slugTaken'] },
    });
    const many = Array.from({ length: 11 }, (_, i) => `t${i}`).join(',');
    const bad = await runAction(
      updateCourseEditorAction,
      await form(b, { slug: 'Not A Slug!', tags: many }),
    );
    expect(bad.state).toMatchObject({
      ok: false,
      fieldErrors: {
        slug: ['StudioBuilder.errors.slugInvalid'],
        tags: ['StudioBuilder.errors.tooManyTags'],
      },
    });
    const cat = await runAction(updateCourseEditorAction, await form(b, { categoryId: newId() }));
    expect(cat.state).toMatchObject({
      fieldErrors: { categoryId: ['StudioBuilder.errors.categoryUnknown'] },
    });
  });

  it('ACCESS-3: creator B cannot edit creator A’s course; status, creatorId, isFeatured and price are never taken', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { status: 'draft' });
    const before = await courseRow(courseId);
    await actAs(b);
    const theirs = await runAction(updateCourseEditorAction, await form(courseId));
    expect(theirs.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await courseRow(courseId)).toEqual(before);

    await actAs(a);
    const out = await runAction(
      updateCourseEditorAction,
      await form(courseId, {
        status: 'published',
        creatorId: b.id,
        isFeatured: 'true',
        priceMinor: '1',
        currency: 'CNY',
      }),
    );
    expect(out.state).toMatchObject({ ok: true });
    expect(await courseRow(courseId)).toMatchObject({
      title: 'Edited title',
      status: 'draft',
      creatorId: a.id,
      isFeatured: false,
      priceMinor: 2000,
      currency: 'USD',
    });
  });
});
