import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { env } from '@/lib/env';
import { makeUser } from '@/tests/support/dashboard-fixtures';

import {
  create,
  errorKey,
  fixture,
  head,
  idOf,
  info,
  locationOf,
  onDisk,
  patch,
  remove,
  rowOf,
  sha256,
  signedInCreator,
  sizeOnDisk,
  uploadWhole,
  viewerRef,
} from './upload-client';

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
    expect(sha256(await readFile(onDisk(row!.storageKey)))).toBe(sha256(video));
    expect(existsSync('/tmp/pwn.mp4')).toBe(false);
    expect(path.resolve(onDisk(row!.storageKey)).startsWith(path.resolve(env.MEDIA_ROOT))).toBe(
      true,
    );
    // The upload's own bytes and tus info file are gone once promoted.
    expect(await sizeOnDisk(`uploads/${idOf(url)}`)).toBeNull();
    expect(await sizeOnDisk(`uploads/${idOf(url)}.json`)).toBeNull();
  });

  it('resumes after a killed connection: part, abort, HEAD for the offset, PATCH the rest, same sha256', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    const audio = await fixture('lesson-audio.mp3');
    const url = locationOf(
      await create(audio.length, { kind: 'audio', filename: 'talk.mp3', courseId }),
    );
    const sent = 60_000;
    // A body that delivers part of the file and then dies, like a dropped connection.
    const dying = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(audio.subarray(0, sent));
      },
      // The connection dies a moment later, after the server has had time to write what came.
      async pull(c) {
        await new Promise((r) => setTimeout(r, 300));
        c.error(new Error('connection reset'));
      },
    });
    const broken = await patch(url, 0, dying);
    expect(broken.status).toBeGreaterThanOrEqual(400);

    const probe = await head(url);
    expect(probe.status).toBe(200);
    const offset = Number(probe.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(sent);
    expect((await patch(url, offset, audio.subarray(offset))).status).toBe(204);

    const row = await rowOf(idOf(url));
    expect(row).toMatchObject({ status: 'ready', mimeType: 'audio/mpeg', durationSec: 24 });
    expect(sha256(await readFile(onDisk(row!.storageKey)))).toBe(sha256(audio));
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

  it('cancels an upload: DELETE removes the bytes and the row stops counting towards the quota', async () => {
    const { creator, courseId } = await signedInCreator();
    viewerRef.current = creator;
    const url = locationOf(await create(5000, { kind: 'pdf', filename: 'c.pdf', courseId }));
    expect((await patch(url, 0, new Uint8Array(100))).status).toBe(204);
    expect((await remove(url)).status).toBe(204);
    expect(await sizeOnDisk(`uploads/${idOf(url)}`)).toBeNull();
    expect((await rowOf(idOf(url)))?.status).toBe('rejected');
    expect((await head(url)).status).toBe(404);
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
