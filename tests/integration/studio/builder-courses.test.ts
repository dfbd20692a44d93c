import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { courseSections, courseTags, lessons, tags } from '@/db/schema';
import { createCourseAction } from '@/lib/actions/studio/create-course';
import { duplicateCourseAction } from '@/lib/actions/studio/duplicate-course';
import { listPublicCourses } from '@/lib/data/catalog';
import { getLessonPage } from '@/lib/data/lessons';
import { reindexCourse, searchCourses } from '@/lib/data/search';
import { createCourse, duplicateCourse } from '@/lib/data/studio-course-create';
import { slugFromTitle } from '@/lib/data/studio-course-slug';
import { listStudioCourses } from '@/lib/data/studio-course-list';
import { moveCourseStatus } from '@/lib/data/studio-publishing';
import { newId } from '@/lib/ids';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { enroll, makeCourse, makeUser, review } from '@/tests/support/dashboard-fixtures';
import { resetRequest } from '@/tests/support/next-headers';

import { actAs, addLesson, addSection, courseRow, makeCategory } from './builder-fixtures';

beforeEach(() => resetRequest());

describe('studio course create', () => {
  it('creates a draft owned by the creator with a slug from the title, then opens its editor', async () => {
    const creator = await createTestUser({ role: 'creator' });
    await actAs(creator);
    const categoryId = await makeCategory();
    const title = `Rust for Humans ${newId(5)}`;
    const out = await runAction(createCourseAction, { title, categoryId, language: 'en' });
    const id = out.redirect?.split('/').pop() ?? '';
    const row = await courseRow(id);
    expect(out.redirect).toBe(`/studio/courses/${id}`);
    expect(row).toMatchObject({ creatorId: creator.id, status: 'draft', title, priceMinor: 0 });
    expect(row.slug).toBe(slugFromTitle(title));
  });

  it('gives a second course with the same title a different slug, and a Chinese title a random one', async () => {
    const creator = await makeUser('creator');
    const categoryId = await makeCategory();
    const title = `Same Title ${newId(5)}`;
    const a = await courseRow(
      (await createCourse(creator, { title, categoryId, language: 'en' })).id,
    );
    const b = await courseRow(
      (await createCourse(creator, { title, categoryId, language: 'en' })).id,
    );
    expect(b.slug).not.toBe(a.slug);
    expect(b.slug.startsWith(a.slug)).toBe(true);
    const zh = await courseRow(
      (await createCourse(creator, { title: '机器学习入门', categoryId, language: 'zh' })).id,
    );
    expect(zh.slug).toMatch(/^course-[a-z0-9]{6}$/);
    expect(zh.currency).toBe('CNY');
  });

  it('ACCESS-3: a learner cannot create a course, and creatorId or status in the form are ignored', async () => {
    const categoryId = await makeCategory();
    await actAs(await createTestUser());
    const refused = await runAction(createCourseAction, {
      title: 'Learner course',
      categoryId,
      language: 'en',
    });
    expect(refused.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    const creator = await createTestUser({ role: 'creator' });
    const other = await createTestUser({ role: 'creator' });
    await actAs(creator);
    const out = await runAction(createCourseAction, {
      title: 'Mass assignment',
      categoryId,
      language: 'en',
      creatorId: other.id,
      status: 'published',
      isFeatured: 'true',
    });
    const row = await courseRow(out.redirect!.split('/').pop()!);
    expect(row).toMatchObject({ creatorId: creator.id, status: 'draft', isFeatured: false });
  });

  it('returns field errors for a short title and an unknown category', async () => {
    await actAs(await createTestUser({ role: 'creator' }));
    const short = await runAction(createCourseAction, {
      title: 'x',
      categoryId: newId(),
      language: 'en',
    });
    expect(short.state).toMatchObject({
      ok: false,
      fieldErrors: { title: ['Validation.titleTooShort'] },
    });
    const unknown = await runAction(createCourseAction, {
      title: 'Good title',
      categoryId: newId(),
      language: 'en',
    });
    expect(unknown.state).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      fieldErrors: { categoryId: ['StudioBuilder.errors.categoryUnknown'] },
    });
  });
});

describe('studio course duplicate', () => {
  it('copies details, tags, sections and lessons into a new draft, not enrolments or reviews', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const src = await makeCourse(creator.id, { status: 'published', title: 'Original course' });
    const s1 = await addSection(src, 'Intro', 0);
    await addLesson(src, s1, { title: 'Welcome', body: 'Hello', durationSec: 30 });
    const tagId = newId();
    await db.insert(tags).values({ id: tagId, slug: `t-${tagId.toLowerCase()}`, name: 'tag' });
    await db.insert(courseTags).values({ courseId: src, tagId });
    await enroll(learner.id, src);
    await review(learner.id, src, { rating: 5 });

    const { id } = await duplicateCourse(creator, src);
    const copy = await courseRow(id);
    const orig = await courseRow(src);
    expect(copy).toMatchObject({ title: orig.title, status: 'draft', creatorId: creator.id });
    expect(copy.slug).not.toBe(orig.slug);
    expect(copy).toMatchObject({ enrollmentCount: 0, ratingCount: 0, publishedAt: null });
    const sections = await db.select().from(courseSections).where(eq(courseSections.courseId, id));
    expect(sections.map((s) => s.title)).toEqual(['Intro']);
    const copied = await db.select().from(lessons).where(eq(lessons.courseId, id));
    expect(copied).toMatchObject([{ title: 'Welcome', body: 'Hello', sectionId: sections[0]!.id }]);
    expect(await db.select().from(courseTags).where(eq(courseTags.courseId, id))).toHaveLength(1);
  });

  it('ACCESS-3: creator B cannot duplicate creator A’s course', async () => {
    const a = await createTestUser({ role: 'creator' });
    const src = await makeCourse(a.id);
    await actAs(await createTestUser({ role: 'creator' }));
    const out = await runAction(duplicateCourseAction, { courseId: src });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('studio course archive and unpublish', () => {
  it('keeps an enrolled learner’s lessons open after archive, and hides the course from others', async () => {
    const creator = await makeUser('creator');
    const enrolled = await makeUser('learner');
    const stranger = await makeUser('learner');
    const word = `zqx${newId(6).toLowerCase()}`;
    const courseId = await makeCourse(creator.id, {
      status: 'published',
      title: `Archive ${word}`,
    });
    const { slug } = await courseRow(courseId);
    const sectionId = await addSection(courseId, 'S', 0);
    const lessonId = await addLesson(courseId, sectionId, { body: 'Paid body' });
    await enroll(enrolled.id, courseId);
    await db.transaction((tx) => reindexCourse(tx, courseId));
    expect((await searchCourses('en', { q: word, page: 1 })).items).toHaveLength(1);

    await moveCourseStatus(creator, courseId, 'archive');
    expect((await courseRow(courseId)).status).toBe('archived');
    expect((await getLessonPage(enrolled, slug, lessonId))?.access).toBe('open');
    expect(await getLessonPage(stranger, slug, lessonId)).toBeNull();
    const catalog = await listPublicCourses('en', { page: 1 }, { creatorId: creator.id });
    expect(catalog.items.map((c) => c.id)).not.toContain(courseId);
    expect((await searchCourses('en', { q: word, page: 1 })).items).toHaveLength(0);

    await moveCourseStatus(creator, courseId, 'unpublish');
    expect((await courseRow(courseId)).status).toBe('draft');
    expect((await getLessonPage(enrolled, slug, lessonId))?.access).toBe('open');
  });

  it('ACCESS-3: creator B cannot archive creator A’s course; a draft cannot be unpublished', async () => {
    const a = await makeUser('creator');
    const b = await makeUser('creator');
    const courseId = await makeCourse(a.id, { status: 'published' });
    await expect(moveCourseStatus(b, courseId, 'archive')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await courseRow(courseId)).status).toBe('published');
    const draft = await makeCourse(a.id, { status: 'draft' });
    await expect(moveCourseStatus(a, draft, 'unpublish')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('studio course list search', () => {
  it('finds the creator’s own courses by part of the title, wildcards matched literally', async () => {
    const a = await makeUser('creator');
    const b = await makeUser('creator');
    const word = `Quokka${newId(5)}`;
    const mine = await makeCourse(a.id, { title: `Intro to ${word}` });
    await makeCourse(a.id, { title: 'Something else' });
    await makeCourse(b.id, { title: `Their ${word}` });
    const found = await listStudioCourses(a, { q: word.toLowerCase() });
    expect(found.items.map((c) => c.id)).toEqual([mine]);
    expect((await listStudioCourses(a, { q: '%' })).items).toHaveLength(0);
  });
});
