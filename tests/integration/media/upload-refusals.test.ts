import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { mediaAssets } from '@/db/schema';
import { env } from '@/lib/env';
import { newId } from '@/lib/ids';
import { getStorage } from '@/lib/storage';

import {
  create,
  errorKey,
  fillQuota,
  idOf,
  locationOf,
  patch,
  rowOf,
  signedInCreator,
  storedBytes,
  storedKeys,
  uploadWhole,
  watchUpload,
} from './upload-client';

const MIB = 1024 * 1024;
/** Sends a whole file; the returned check lists what its upload still holds in storage. */
async function uploadWatched(bytes: Uint8Array, meta: Record<string, string>) {
  const created = await create(bytes.byteLength, meta);
  const url = locationOf(created);
  const remnants = await watchUpload(idOf(url));
  return { url, remnants, res: await patch(url, 0, bytes) };
}

/** A refused upload: 400 with the key, row `rejected`, nothing left of the upload or in the course. */
async function expectRefused(
  { res, url, remnants }: Awaited<ReturnType<typeof uploadWatched>>,
  courseId: string,
  key: string,
) {
  expect(res.status).toBe(400);
  expect(await errorKey(res)).toBe(key);
  expect((await rowOf(idOf(url)))?.status).toBe('rejected');
  expect(await remnants()).toEqual([]);
  expect(await storedKeys(`media/${courseId}/`)).toEqual([]);
}

function storedZip(): Buffer {
  const name = Buffer.from('index.html');
  const data = Buffer.from('<script>alert(1)</script>');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(10, 4);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, data]);
}

describe('upload refusals', () => {
  it('UPLOAD-2: an HTML page renamed lesson.mp4 is refused and deleted', async () => {
    const { courseId } = await signedInCreator();
    const html = Buffer.from('<!doctype html><html><script>alert(document.cookie)</script></html>');
    const upload = await uploadWatched(html, { kind: 'video', filename: 'lesson.mp4', courseId });
    await expectRefused(upload, courseId, 'StudioMedia.errors.type');
  });

  it('UPLOAD-2: a PNG named .pdf and a zip named .png are refused', async () => {
    const { courseId } = await signedInCreator();
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const asPdf = await uploadWatched(png, { kind: 'pdf', filename: 'notes.pdf', courseId });
    await expectRefused(asPdf, courseId, 'StudioMedia.errors.type');
    const pngAsJpg = await uploadWatched(png, { kind: 'image', filename: 'photo.jpg', courseId });
    await expectRefused(pngAsJpg, courseId, 'StudioMedia.errors.extension');
    const zip = await uploadWatched(storedZip(), {
      kind: 'image',
      filename: 'cover.png',
      courseId,
    });
    await expectRefused(zip, courseId, 'StudioMedia.errors.type');
  });

  it('UPLOAD-3: an SVG with script is refused as an image', async () => {
    const { courseId } = await signedInCreator();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    const upload = await uploadWatched(svg, { kind: 'image', filename: 'logo.svg', courseId });
    await expectRefused(upload, courseId, 'StudioMedia.errors.type');
  });

  it('UPLOAD-2: an uploaded JPEG with GPS EXIF is stored re-encoded, without EXIF', async () => {
    const { courseId } = await signedInCreator();
    const jpeg = await sharp({ create: { width: 64, height: 36, channels: 3, background: '#369' } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'SpyCam' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 0/1' },
      })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const { url, res } = await uploadWhole(jpeg, { kind: 'image', filename: 'me.jpeg', courseId });
    expect(res.status).toBe(204);
    const row = await rowOf(idOf(url!));
    expect(row).toMatchObject({ status: 'ready', mimeType: 'image/jpeg' });
    expect(row?.storageKey).toMatch(/\.jpg$/);
    const stored = (await storedBytes(row!.storageKey))!;
    expect((await sharp(stored).metadata()).exif).toBeUndefined();
    expect(stored.includes(Buffer.from('SpyCam'))).toBe(false);
  });

  it('UPLOAD-1: an image of 10 MiB + 1 byte is refused with 413 before any byte is stored', async () => {
    const { courseId } = await signedInCreator();
    // Where uploads in progress live: uploads/ on disk, the bucket's root on S3.
    const uploadArea = () => storedKeys(getStorage().uploadKey(''));
    const before = await uploadArea();
    const res = await create(10 * MIB + 1, { kind: 'image', filename: 'big.png', courseId });
    expect(res.status).toBe(413);
    expect(await errorKey(res)).toBe('StudioMedia.errors.tooLarge');
    expect(res.headers.get('location')).toBeNull();
    expect(await uploadArea()).toEqual(before);
    const over = await create(3 * 1024 * MIB, { kind: 'video', filename: 'v.mp4', courseId });
    expect(over.status).toBe(413);
    expect(await errorKey(over)).toBe('StudioMedia.errors.tooLarge');
  });

  it('UPLOAD-1: a body longer than the declared length is cut off while streaming', async () => {
    const { courseId } = await signedInCreator();
    const url = locationOf(await create(1000, { kind: 'pdf', filename: 'a.pdf', courseId }));
    let produced = 0;
    // An endless body with no Content-Length: the server must stop reading, not buffer it.
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        produced += 64 * 1024;
        if (produced > 64 * MIB) c.close();
        else c.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const res = await patch(url, 0, endless);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const kept = await getStorage().stat(getStorage().uploadKey(idOf(url)));
    expect(kept?.size ?? 0).toBeLessThanOrEqual(1000);
    expect(produced).toBeLessThan(64 * MIB);
  });

  it('UPLOAD-1: an upload past the creator quota gets 413, the hourly limit 429', async () => {
    const { creator, courseId } = await signedInCreator();
    await fillQuota(creator.id, courseId, 500);
    const over = await create(501, { kind: 'pdf', filename: 'a.pdf', courseId });
    expect(over.status).toBe(413);
    expect(await errorKey(over)).toBe('StudioMedia.errors.quota');
    expect((await create(400, { kind: 'pdf', filename: 'a.pdf', courseId })).status).toBe(201);

    const busy = await signedInCreator();
    await db.insert(mediaAssets).values(
      Array.from({ length: env.UPLOADS_PER_HOUR }, () => ({
        id: newId(),
        ownerId: busy.creator.id,
        kind: 'pdf' as const,
        storageKey: `rejected/${newId()}`,
        mimeType: 'application/pdf',
        sizeBytes: 1,
        originalName: 'x.pdf',
        status: 'rejected' as const,
      })),
    );
    const tooMany = await create(10, { kind: 'pdf', filename: 'b.pdf', courseId: busy.courseId });
    expect(tooMany.status).toBe(429);
    expect(await errorKey(tooMany)).toBe('StudioMedia.errors.tooMany');
  });
});
