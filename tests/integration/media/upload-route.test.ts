import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';

import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { UPLOAD_CHUNK_BYTES } from '@/lib/media/upload-limits';
import { makeUser } from '@/tests/support/dashboard-fixtures';
import { addMediaLesson } from '@/tests/support/lesson-fixtures';

import {
  create,
  errorKey,
  fillQuota,
  fixture,
  head,
  idOf,
  info,
  locationOf,
  patch,
  remove,
  rowOf,
  sha256,
  signedInCreator,
  storedBytes,
  uploadWhole,
  viewerRef,
  watchUpload,
} from './upload-client';

const { GET: getMedia } = await import('@/app/api/media/[lessonId]/route');
const { issueMediaUrl } = await import('@/lib/data/lesson-access');

const MIB = 1024 * 1024;

/** `size` bytes that sniff as MP4 (a real ftyp box), then random filler: every part differs. */
function generatedVideo(size: number): Buffer {
  const bytes = randomBytes(size);
  Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex').copy(bytes);
  return bytes;
}

/** A request body that delivers `bytes`, then dies like a dropped connection. */
function dyingBody(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream<Uint8Array>({
    async pull(c) {
      if (sent < bytes.length) {
        c.enqueue(bytes.subarray(sent, sent + MIB));
        sent += MIB;
        return;
      }
      // The connection dies a moment later, after the server has had time to store what came.
      await new Promise((r) => setTimeout(r, 300));
      c.error(new Error('connection reset'));
    },
  });
}

/** Reads a byte range of a lesson's media through /api/media, as the player does. */
async function mediaRange(lessonId: string, range: string) {
  const url = new URL(await issueMediaUrl(viewerRef.current, lessonId), 'http://localhost');
  return getMedia(new NextRequest(url, { headers: { range } }), {
    params: Promise.resolve({ lessonId }),
  });
}

describe('tus uploads: /api/uploads', () => {
  it('UPLOAD-4: stores a video under media/<course>/<random>.mp4 whatever the name, with its duration', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    const video = await fixture('lesson-video.mp4');
    const created = await create(video.length, {
      kind: 'video',
      filename: '../../../../tmp/pwn.mp4',
      courseId,
    });
    expect(created.status).toBe(201);
    const url = locationOf(created);
    const remnants = await watchUpload(idOf(url));
    const half = Math.floor(video.length / 2);
    expect((await patch(url, 0, video.subarray(0, half))).status).toBe(204);
    const last = await patch(url, half, video.subarray(half));
    expect(last.status).toBe(204);

    const asset = (await (await info(url)).json()) as Record<string, unknown>;
    expect(asset).toMatchObject({
      id: idOf(url),
      status: 'ready',
      kind: 'video',
      originalName: 'pwn.mp4',
      mimeType: 'video/mp4',
      durationSec: 30,
    });
    const row = await rowOf(idOf(url));
    expect(row?.storageKey).toMatch(new RegExp(`^media/${courseId}/[0-9A-Za-z]{22}\\.mp4$`));
    expect(row?.ownerId).toBe(creator.id);
    expect(sha256((await storedBytes(row!.storageKey))!)).toBe(sha256(video));
    expect(existsSync('/tmp/pwn.mp4')).toBe(false);
    // The upload's own bytes and tus bookkeeping are gone once promoted.
    expect(await remnants()).toEqual([]);
  });

  it('UPLOAD-6: a 20 MiB upload in 8 MiB chunks resumes after a connection killed mid-chunk, same sha256, served in ranges', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    const video = generatedVideo(20 * MIB);
    const url = locationOf(
      await create(video.length, { kind: 'video', filename: 'long.mp4', courseId }),
    );
    const remnants = await watchUpload(idOf(url));
    const chunk = UPLOAD_CHUNK_BYTES;
    expect((await patch(url, 0, video.subarray(0, chunk))).status).toBe(204);
    // Half of the second chunk arrives, then the connection dies.
    const broken = await patch(url, chunk, dyingBody(video.subarray(chunk, chunk + 4 * MIB)));
    expect(broken.status).toBeGreaterThanOrEqual(400);

    // The acknowledged chunk is kept; no more than what arrived is counted (on S3: whole parts only).
    const probe = await head(url);
    expect(probe.status).toBe(200);
    let offset = Number(probe.headers.get('upload-offset'));
    expect(offset).toBeGreaterThanOrEqual(chunk);
    expect(offset).toBeLessThanOrEqual(chunk + 4 * MIB);
    while (offset < video.length) {
      const end = Math.min(offset + chunk, video.length);
      const res = await patch(url, offset, video.subarray(offset, end));
      expect(res.status).toBe(204);
      expect(Number(res.headers.get('upload-offset'))).toBe(end);
      offset = end;
    }

    const row = await rowOf(idOf(url));
    expect(row).toMatchObject({ status: 'ready', mimeType: 'video/mp4', sizeBytes: video.length });
    expect(sha256((await storedBytes(row!.storageKey))!)).toBe(sha256(video));
    expect(await remnants()).toEqual([]);

    // The media route streams exact ranges of the stored file, across the first part boundary too.
    const lessonId = await addMediaLesson(courseId, idOf(url));
    const across = await mediaRange(lessonId, `bytes=${chunk - 100}-${chunk + 99}`);
    expect(across.status).toBe(206);
    expect(across.headers.get('content-range')).toBe(
      `bytes ${chunk - 100}-${chunk + 99}/${video.length}`,
    );
    expect(Buffer.from(await across.arrayBuffer())).toEqual(
      video.subarray(chunk - 100, chunk + 100),
    );
    const tail = await mediaRange(lessonId, 'bytes=-1000');
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(video.subarray(video.length - 1000));
  });

  it('measures an audio upload: ready as audio/mpeg with its duration, the same bytes stored', async () => {
    const { courseId } = await signedInCreator();
    const audio = await fixture('lesson-audio.mp3');
    const { url, res } = await uploadWhole(audio, {
      kind: 'audio',
      filename: 'talk.mp3',
      courseId,
    });
    expect(res.status).toBe(204);
    const row = await rowOf(idOf(url!));
    expect(row).toMatchObject({ status: 'ready', mimeType: 'audio/mpeg', durationSec: 24 });
    expect(sha256((await storedBytes(row!.storageKey))!)).toBe(sha256(audio));
  });

  it('UPLOAD-1: a learner gets 403 and a visitor 401; nothing is created', async () => {
    const { courseId } = await signedInCreator();
    viewerRef.current = await makeUser('learner');
    const asLearner = await create(10, { kind: 'pdf', filename: 'a.pdf', courseId });
    expect(asLearner.status).toBe(403);
    viewerRef.current = null;
    expect((await create(10, { kind: 'pdf', filename: 'a.pdf', courseId })).status).toBe(401);
  });

  it("ACCESS-3: creator B cannot HEAD, PATCH, DELETE or read A's upload, nor upload to A's course", async () => {
    const a = await signedInCreator();
    const b = await signedInCreator();
    viewerRef.current = a.creator;
    const pdf = await fixture('lesson-handout.pdf');
    const url = locationOf(
      await create(pdf.length, { kind: 'pdf', filename: 'h.pdf', courseId: a.courseId }),
    );
    expect((await patch(url, 0, pdf.subarray(0, 1000))).status).toBe(204);

    viewerRef.current = b.creator;
    expect((await head(url)).status).toBe(404);
    expect((await patch(url, 1000, pdf.subarray(1000))).status).toBe(404);
    expect((await remove(url)).status).toBe(404);
    expect((await info(url)).status).toBe(404);
    const intoA = await create(pdf.length, {
      kind: 'pdf',
      filename: 'x.pdf',
      courseId: a.courseId,
    });
    expect(intoA.status).toBe(404);
    expect(intoA.headers.get('location')).toBeNull();

    // A's upload is untouched and A can finish it.
    viewerRef.current = a.creator;
    expect((await head(url)).headers.get('upload-offset')).toBe('1000');
    expect((await patch(url, 1000, pdf.subarray(1000))).status).toBe(204);
    expect((await rowOf(idOf(url)))?.status).toBe('ready');
  });

  it('UPLOAD-1: cancels an upload: DELETE removes its bytes and gives its size back to the quota', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    await fillQuota(creator.id, courseId, 5000);
    const url = locationOf(await create(5000, { kind: 'pdf', filename: 'c.pdf', courseId }));
    const remnants = await watchUpload(idOf(url));
    expect((await patch(url, 0, new Uint8Array(100))).status).toBe(204);
    expect(await remnants()).not.toEqual([]);
    expect((await create(5000, { kind: 'pdf', filename: 'd.pdf', courseId })).status).toBe(413);

    expect((await remove(url)).status).toBe(204);
    expect(await remnants()).toEqual([]);
    expect((await rowOf(idOf(url)))?.status).toBe('rejected');
    expect((await head(url)).status).toBe(404);
    expect((await create(5000, { kind: 'pdf', filename: 'd.pdf', courseId })).status).toBe(201);
  });

  it('refuses an upload without a declared length or without its metadata', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    const noKind = await create(100, { filename: 'a.pdf', courseId });
    expect(noKind.status).toBe(400);
    expect(await errorKey(noKind)).toBe('StudioMedia.errors.metadata');
    const { url, res } = await uploadWhole(new Uint8Array(0), {
      kind: 'svg',
      filename: 'a',
      courseId,
    });
    expect(url).toBeNull();
    expect(res.status).toBe(400);
  });
});
