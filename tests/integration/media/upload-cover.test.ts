import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => viewerRef.current }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

import { db } from '@/db';
import { courses } from '@/db/schema';
import { setCourseCoverAction } from '@/lib/actions/studio/set-course-cover';
import { runAction } from '@/tests/support/actions';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { idOf, removeCourseMedia, uploadWhole, viewerRef } from './upload-client';

const { GET: getImage } = await import('@/app/api/images/[id]/route');

/** A 1600×1000 JPEG carrying camera and GPS EXIF, as phones write them. */
function jpegWithGps() {
  return sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2a6' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'SpyCam', Model: 'X1' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1', GPSLongitudeRef: 'E' },
    })
    .toBuffer();
}

async function uploadedImage(courseId: string) {
  const { url, res } = await uploadWhole(await jpegWithGps(), {
    kind: 'image',
    filename: 'cover.jpg',
    courseId,
  });
  expect(res.status).toBe(204);
  return idOf(url!);
}

const coverOf = async (courseId: string) =>
  (await db.select({ c: courses.coverUrl }).from(courses).where(eq(courses.id, courseId)))[0]?.c;

const made: string[] = [];
afterAll(() => removeCourseMedia(made));

async function course(ownerId: string) {
  const id = await makeCourse(ownerId, { status: 'draft' });
  made.push(id);
  return id;
}

const CROP = { x: 5, y: 10, width: 90, height: 81 };

describe('setCourseCover', () => {
  it('UPLOAD-2: crops, resizes to 1280×720 WebP and stores a cover without EXIF', async () => {
    const creator = await makeUser('creator');
    viewerRef.current = creator;
    const courseId = await course(creator.id);
    const mediaId = await uploadedImage(courseId);

    const { state } = await runAction(setCourseCoverAction, { courseId, mediaId, crop: CROP });
    expect(state).toMatchObject({ ok: true, message: 'StudioMedia.cover.saved' });
    const coverUrl = await coverOf(courseId);
    expect(coverUrl).toMatch(/^\/api\/images\/[0-9A-Za-z]{22}$/);

    const res = await getImage(new NextRequest(`http://localhost:3000${coverUrl}`), {
      params: Promise.resolve({ id: coverUrl!.split('/').pop()! }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    const bytes = Buffer.from(await res.arrayBuffer());
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1280, height: 720 });
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('SpyCam'))).toBe(false);
    const thumb = (state as { data: { thumbnailUrl: string } }).data.thumbnailUrl;
    expect(thumb).not.toBe(coverUrl);
  });

  it("ACCESS-3: creator B cannot use A's image, set A's cover, or use an image of another course", async () => {
    const a = await makeUser('creator');
    const b = await makeUser('creator');
    const courseA = await course(a.id);
    const otherA = await course(a.id);
    const courseB = await course(b.id);
    viewerRef.current = a;
    const imageA = await uploadedImage(courseA);
    viewerRef.current = b;
    const imageB = await uploadedImage(courseB);

    const stolen = await runAction(setCourseCoverAction, {
      courseId: courseB,
      mediaId: imageA,
      crop: CROP,
    });
    expect(stolen.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const intoA = await runAction(setCourseCoverAction, {
      courseId: courseA,
      mediaId: imageB,
      crop: CROP,
    });
    expect(intoA.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    viewerRef.current = a;
    const crossCourse = await runAction(setCourseCoverAction, {
      courseId: otherA,
      mediaId: imageA,
      crop: CROP,
    });
    expect(crossCourse.state).toMatchObject({
      ok: false,
      formError: 'StudioMedia.errors.imageRequired',
    });

    viewerRef.current = await makeUser('learner');
    const learner = await runAction(setCourseCoverAction, {
      courseId: courseA,
      mediaId: imageA,
      crop: CROP,
    });
    expect(learner.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });

    expect(await coverOf(courseA)).toBeNull();
    expect(await coverOf(courseB)).toBeNull();
    expect(await coverOf(otherA)).toBeNull();
  });

  it('ACCESS-3: refuses a crop outside the image and extra fields (allow-list)', async () => {
    const creator = await makeUser('creator');
    viewerRef.current = creator;
    const courseId = await course(creator.id);
    const mediaId = await uploadedImage(courseId);
    const outside = await runAction(setCourseCoverAction, {
      courseId,
      mediaId,
      crop: { x: 50, y: 0, width: 80, height: 45 },
    });
    expect(outside.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const extra = await runAction(setCourseCoverAction, {
      courseId,
      mediaId,
      crop: CROP,
      coverUrl: 'https://evil.example/x.png',
    });
    expect(extra.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    expect(await coverOf(courseId)).toBeNull();
  });
});
