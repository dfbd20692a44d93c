import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { courseSections, lessons } from '@/db/schema';
import { addSectionAction } from '@/lib/actions/studio/add-section';
import { reorderCurriculumAction } from '@/lib/actions/studio/reorder-curriculum';
import { updateLessonAction } from '@/lib/actions/studio/update-lesson';
import { getCurriculum, type Curriculum } from '@/lib/data/studio-curriculum';
import {
  addLesson,
  addSection,
  deleteSection,
  renameSection,
} from '@/lib/data/studio-curriculum-edit';
import { reorderCurriculum } from '@/lib/data/studio-curriculum-order';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { resetRequest } from '@/tests/support/next-headers';

import { actAs, courseRow, lessonRows } from './builder-fixtures';

beforeEach(() => resetRequest());

const seenOf = (c: Curriculum) => ({ courseId: c.courseId, version: c.version });
const order = (c: Curriculum) =>
  c.sections.map((s) => ({ id: s.id, lessonIds: s.lessons.map((l) => l.id) }));

/** A course with sections A (lessons a1, a2) and B (lesson b1), built through the DAL. */
async function builtCourse(creatorId: string) {
  const creator = {
    id: creatorId,
    role: 'creator' as const,
    name: 'c',
    email: null,
    emailVerified: true,
    locale: 'en',
  };
  const courseId = await makeCourse(creatorId, { status: 'draft' });
  let c = await addSection(creator, { courseId, version: 0 }, 'A');
  c = await addSection(creator, seenOf(c), 'B');
  const [a, b] = c.sections;
  c = await addLesson(creator, seenOf(c), { sectionId: a!.id, title: 'a1', kind: 'article' });
  c = await addLesson(creator, seenOf(c), { sectionId: a!.id, title: 'a2', kind: 'video' });
  c = await addLesson(creator, seenOf(c), { sectionId: b!.id, title: 'b1', kind: 'audio' });
  return c;
}

describe('curriculum builder', () => {
  it('adds sections and lessons in order and bumps the version on every write', async () => {
    const creator = await makeUser('creator');
    const c = await builtCourse(creator.id);
    expect(c.version).toBe(5);
    expect(c.sections.map((s) => [s.title, s.lessons.map((l) => l.title)])).toEqual([
      ['A', ['a1', 'a2']],
      ['B', ['b1']],
    ]);
    const renamed = await renameSection(creator, seenOf(c), c.sections[1]!.id, 'Bee');
    expect(renamed.sections[1]!.title).toBe('Bee');
  });

  it('two tabs racing on one version: exactly one write lands, the other gets CONFLICT', async () => {
    const creator = await createTestUser({ role: 'creator' });
    const viewer = await actAs(creator);
    const courseId = await makeCourse(creator.id, { status: 'draft' });
    const [one, two] = await Promise.all([
      runAction(addSectionAction, { courseId, version: 0, title: 'Tab one' }),
      runAction(addSectionAction, { courseId, version: 0, title: 'Tab two' }),
    ]);
    const codes = [one.state, two.state].map((s) => (s?.ok ? 'ok' : (s as { code?: string }).code));
    expect(codes.sort()).toEqual(['CONFLICT', 'ok']);
    const after = await getCurriculum(viewer, courseId);
    expect(after.version).toBe(1);
    expect(after.sections).toHaveLength(1);
    // The loser retries with the version it now sees.
    const retry = await runAction(addSectionAction, { courseId, version: 1, title: 'Again' });
    expect(retry.state).toMatchObject({ ok: true });
  });

  it('reorders densely from the full order and moves a lesson between sections', async () => {
    const creator = await makeUser('creator');
    const c = await builtCourse(creator.id);
    const [a, b] = c.sections;
    const next = await reorderCurriculum(creator, seenOf(c), [
      { id: b!.id, lessonIds: [a!.lessons[1]!.id, b!.lessons[0]!.id] },
      { id: a!.id, lessonIds: [a!.lessons[0]!.id] },
    ]);
    expect(next.sections.map((s) => [s.title, s.lessons.map((l) => l.title)])).toEqual([
      ['B', ['a2', 'b1']],
      ['A', ['a1']],
    ]);
    const rows = await lessonRows(c.courseId);
    expect(rows.map((r) => r.position).sort()).toEqual([0, 1, 2]);
    const sections = await db
      .select()
      .from(courseSections)
      .where(eq(courseSections.courseId, c.courseId));
    expect(sections.map((s) => s.position).sort()).toEqual([0, 1]);
  });

  it('ACCESS-3: an order naming another course’s lesson is NOT_FOUND and writes nothing; a partial one is refused', async () => {
    const creator = await makeUser('creator');
    const mine = await builtCourse(creator.id);
    const theirs = await builtCourse((await makeUser('creator')).id);
    const foreign = theirs.sections[0]!.lessons[0]!.id;
    const bad = order(mine);
    bad[0]!.lessonIds.push(foreign);
    await expect(reorderCurriculum(creator, seenOf(mine), bad)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [foreignRow] = await db.select().from(lessons).where(eq(lessons.id, foreign));
    expect(foreignRow!.courseId).toBe(theirs.courseId);
    expect((await getCurriculum(creator, mine.courseId)).version).toBe(mine.version);
    const partial = order(mine);
    partial[0]!.lessonIds.pop();
    await expect(reorderCurriculum(creator, seenOf(mine), partial)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('ACCESS-3: creator B cannot touch creator A’s curriculum, even through B’s own course id', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const ac = await builtCourse(a.id);
    const bCourse = await makeCourse(b.id, { status: 'draft' });
    const viewerB = await actAs(b);
    const lessonId = ac.sections[0]!.lessons[0]!.id;
    const sectionId = ac.sections[0]!.id;
    const edit = { title: 'pwned', isPreview: true, body: 'x' };
    const direct = await runAction(updateLessonAction, {
      courseId: ac.courseId,
      version: ac.version,
      lessonId,
      ...edit,
    });
    expect(direct.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    // B's own course and version, A's lesson id: the lesson → course check refuses it.
    const nested = await runAction(updateLessonAction, {
      courseId: bCourse,
      version: 0,
      lessonId,
      ...edit,
    });
    expect(nested.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(
      renameSection(viewerB, { courseId: bCourse, version: 0 }, sectionId, 'x'),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      deleteSection(viewerB, { courseId: ac.courseId, version: ac.version }, sectionId),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const reorder = await runAction(reorderCurriculumAction, {
      courseId: ac.courseId,
      version: ac.version,
      sections: order(ac),
    });
    expect(reorder.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await getCurriculum({ ...viewerB, id: a.id }, ac.courseId)).toEqual(ac);
    expect((await courseRow(bCourse)).curriculumVersion).toBe(0);
  });

  it('stores article bodies, free-preview flags and validated WebVTT captions', async () => {
    const creator = await createTestUser({ role: 'creator' });
    await actAs(creator);
    const c = await builtCourse(creator.id);
    const video = c.sections[0]!.lessons[1]!;
    const base = {
      courseId: c.courseId,
      lessonId: video.id,
      title: 'Video',
      isPreview: true,
      body: '',
    };
    const bad = await runAction(updateLessonAction, {
      ...base,
      version: c.version,
      captionsVtt: '1\n00:00 --> 00:01\nhi',
    });
    expect(bad.state).toMatchObject({
      ok: false,
      fieldErrors: { captionsVtt: ['StudioBuilder.errors.captionsInvalid'] },
    });
    const big = await runAction(updateLessonAction, {
      ...base,
      version: c.version,
      captionsVtt: `WEBVTT\n\n${'x'.repeat(600_000)}`,
    });
    expect(big.state).toMatchObject({
      ok: false,
      fieldErrors: { captionsVtt: ['StudioBuilder.errors.captionsTooLarge'] },
    });
    const vtt = '\uFEFFWEBVTT\n\n00:00.000 --> 00:01.000\nHello\n';
    const ok = await runAction(updateLessonAction, {
      ...base,
      version: c.version,
      captionsVtt: vtt,
    });
    expect(ok.state).toMatchObject({ ok: true });
    const [row] = await db.select().from(lessons).where(eq(lessons.id, video.id));
    expect(row).toMatchObject({ captionsVtt: vtt, isPreview: true, title: 'Video', body: null });
    // Captions on an article are refused.
    const article = c.sections[0]!.lessons[0]!;
    const onArticle = await runAction(updateLessonAction, {
      ...base,
      lessonId: article.id,
      version: c.version + 1,
      captionsVtt: vtt,
    });
    expect(onArticle.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
  });
});
