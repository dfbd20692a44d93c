import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { mediaAssets } from '@/db/schema';
import { UPLOAD_ABANDONED_AFTER_MS, sweepAbandonedUploads } from '@/lib/media/upload-sweep';
import { getStorage } from '@/lib/storage';

import {
  create,
  errorKey,
  fillQuota,
  head,
  idOf,
  locationOf,
  patch,
  rowOf,
  signedInCreator,
  watchUpload,
} from './upload-client';

/** Opens an upload and sends half of it, as a browser closed mid-way leaves it. */
async function halfUpload(size: number, courseId: string) {
  const created = await create(size, { kind: 'pdf', filename: 'notes.pdf', courseId });
  expect(created.status).toBe(201);
  const url = locationOf(created);
  const remnants = await watchUpload(idOf(url));
  expect((await patch(url, 0, new Uint8Array(size / 2).fill(37))).status).toBe(204);
  return { id: idOf(url), remnants };
}

const backdate = (id: string, ms: number) =>
  db
    .update(mediaAssets)
    .set({ createdAt: new Date(Date.now() - ms) })
    .where(eq(mediaAssets.id, id));

describe('abandoned uploads', () => {
  it('a day-old half upload loses its bytes and becomes rejected; a recent one is untouched', async () => {
    const { creator, courseId } = await signedInCreator();
    const stale = await halfUpload(1000, courseId);
    const fresh = await halfUpload(1000, courseId);
    await backdate(stale.id, UPLOAD_ABANDONED_AFTER_MS + 60_000);
    expect(await stale.remnants()).not.toEqual([]);
    const freshHeld = await fresh.remnants();

    expect(await sweepAbandonedUploads(getStorage(), { ownerId: creator.id })).toBe(1);
    expect((await rowOf(stale.id))?.status).toBe('rejected');
    expect(await stale.remnants()).toEqual([]);
    expect((await rowOf(fresh.id))?.status).toBe('pending');
    expect(await fresh.remnants()).toEqual(freshHeld);
    expect((await head(`/api/uploads/${fresh.id}`)).headers.get('upload-offset')).toBe('500');
    // Swept once: a second run finds nothing.
    expect(await sweepAbandonedUploads(getStorage(), { ownerId: creator.id })).toBe(0);
  });

  it('a sweep scoped to one creator leaves other creators alone', async () => {
    const other = await signedInCreator();
    const theirs = (await halfUpload(200, other.courseId)).id;
    await backdate(theirs, UPLOAD_ABANDONED_AFTER_MS + 60_000);
    const me = await signedInCreator();
    expect(await sweepAbandonedUploads(getStorage(), { ownerId: me.creator.id })).toBe(0);
    expect((await rowOf(theirs))?.status).toBe('pending');
  });

  it('UPLOAD-1: an abandoned upload stops counting towards the quota when the creator starts a new one', async () => {
    const { creator, courseId } = await signedInCreator();
    await fillQuota(creator.id, courseId, 500);
    const stale = (await halfUpload(400, courseId)).id;
    // While it is recent, the half upload holds its declared size of the quota.
    const refused = await create(200, { kind: 'pdf', filename: 'b.pdf', courseId });
    expect(refused.status).toBe(413);
    expect(await errorKey(refused)).toBe('StudioMedia.errors.quota');

    await backdate(stale, UPLOAD_ABANDONED_AFTER_MS + 60_000);
    const accepted = await create(200, { kind: 'pdf', filename: 'b.pdf', courseId });
    expect(accepted.status).toBe(201);
    expect((await rowOf(stale))?.status).toBe('rejected');
  });
});
