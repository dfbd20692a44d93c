import { describe, expect, it } from 'vitest';

import { getCurriculum, type Curriculum } from '@/lib/data/studio-curriculum';
import { addLesson, addSection, deleteLesson } from '@/lib/data/studio-curriculum-edit';
import { attachLessonMedia, detachLessonMedia } from '@/lib/data/studio-curriculum-media';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { courseRow, makeMedia } from './builder-fixtures';

const seenOf = (c: Curriculum) => ({ courseId: c.courseId, version: c.version });

async function twoLessons(creator: Awaited<ReturnType<typeof makeUser>>) {
  const courseId = await makeCourse(creator.id, { status: 'draft' });
  let c = await addSection(creator, { courseId, version: 0 }, 'S');
  const sectionId = c.sections[0]!.id;
  c = await addLesson(creator, seenOf(c), { sectionId, title: 'v', kind: 'video' });
  c = await addLesson(creator, seenOf(c), { sectionId, title: 'p', kind: 'pdf' });
  return c;
}

describe('lesson media', () => {
  it('copies a ready file’s duration to the lesson and keeps the course total on attach, detach and delete', async () => {
    const creator = await makeUser('creator');
    let c = await twoLessons(creator);
    const [video, pdf] = c.sections[0]!.lessons;
    c = await attachLessonMedia(
      creator,
      seenOf(c),
      video!.id,
      await makeMedia(creator.id, { durationSec: 300 }),
    );
    c = await attachLessonMedia(
      creator,
      seenOf(c),
      pdf!.id,
      await makeMedia(creator.id, { kind: 'pdf', durationSec: null }),
    );
    expect(c.sections[0]!.lessons.map((l) => l.durationSec)).toEqual([300, 0]);
    expect(c.sections[0]!.lessons[0]!.media).toMatchObject({ durationSec: 300 });
    expect((await courseRow(c.courseId)).durationSec).toBe(300);
    // Replacing the file recomputes too.
    c = await attachLessonMedia(
      creator,
      seenOf(c),
      video!.id,
      await makeMedia(creator.id, { durationSec: 90 }),
    );
    expect((await courseRow(c.courseId)).durationSec).toBe(90);
    c = await detachLessonMedia(creator, seenOf(c), video!.id);
    expect(c.sections[0]!.lessons[0]!.media).toBeNull();
    expect((await courseRow(c.courseId)).durationSec).toBe(0);
    c = await attachLessonMedia(
      creator,
      seenOf(c),
      video!.id,
      await makeMedia(creator.id, { durationSec: 60 }),
    );
    await deleteLesson(creator, seenOf(c), video!.id);
    expect((await courseRow(c.courseId)).durationSec).toBe(0);
  });

  it('refuses a file of the wrong kind or one still processing', async () => {
    const creator = await makeUser('creator');
    const c = await twoLessons(creator);
    const video = c.sections[0]!.lessons[0]!;
    await expect(
      attachLessonMedia(creator, seenOf(c), video.id, await makeMedia(creator.id, { kind: 'pdf' })),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'StudioBuilder.errors.mediaKindMismatch',
    });
    await expect(
      attachLessonMedia(
        creator,
        seenOf(c),
        video.id,
        await makeMedia(creator.id, { status: 'pending' }),
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'StudioBuilder.errors.mediaNotReady' });
    expect((await getCurriculum(creator, c.courseId)).version).toBe(c.version);
  });

  it('ACCESS-3: another creator’s upload cannot be attached, and B cannot attach to A’s lesson', async () => {
    const a = await makeUser('creator');
    const b = await makeUser('creator');
    const c = await twoLessons(a);
    const video = c.sections[0]!.lessons[0]!;
    const theirs = await makeMedia(b.id);
    await expect(attachLessonMedia(a, seenOf(c), video.id, theirs)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      attachLessonMedia(b, seenOf(c), video.id, await makeMedia(b.id)),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(detachLessonMedia(b, seenOf(c), video.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await getCurriculum(a, c.courseId)).sections[0]!.lessons[0]!.media).toBeNull();
  });
});
