import { rm } from 'node:fs/promises';
import path from 'node:path';

import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { mediaAssets, users } from '@/db/schema';
import { env } from '@/lib/env';
import { newId } from '@/lib/ids';
import { writeStoredFile } from '@/lib/storage/local-files';

// Route handlers run outside a Next request here; images are public, so no session is involved.
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => null }));

const { GET } = await import('@/app/api/images/[id]/route');

const scope = `media/test-${newId()}`;

async function createAsset(kind: 'image' | 'pdf', status: 'ready' | 'pending', mimeType: string) {
  const ownerId = newId();
  await db.insert(users).values({ id: ownerId, email: `img-${ownerId}@test.local`, name: 'Owner' });
  const id = newId();
  const storageKey = `${scope}/${id}.bin`;
  const bytes = Buffer.from(`bytes-of-${id}`);
  await writeStoredFile(storageKey, bytes);
  await db.insert(mediaAssets).values({
    id,
    ownerId,
    kind,
    status,
    storageKey,
    mimeType,
    sizeBytes: bytes.length,
    originalName: 'x',
  });
  return { id, bytes };
}

function call(id: string) {
  const req = new NextRequest(`http://localhost/api/images/${id}`);
  return GET(req, { params: Promise.resolve({ id }) });
}

afterAll(async () => {
  await rm(path.resolve(env.MEDIA_ROOT, scope), { recursive: true, force: true });
});

describe('GET /api/images/[id]', () => {
  it('serves a ready image with its type, nosniff and an immutable cache', async () => {
    const { id, bytes } = await createAsset('image', 'ready', 'image/webp');
    const res = await call(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it('answers 404 when the media is not an image (lesson PDF)', async () => {
    const { id } = await createAsset('pdf', 'ready', 'application/pdf');
    const res = await call(id);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('answers 404 when the image is not ready yet', async () => {
    const { id } = await createAsset('image', 'pending', 'image/png');
    expect((await call(id)).status).toBe(404);
  });

  it('answers 404 for an SVG image so no script can run from our origin', async () => {
    const { id } = await createAsset('image', 'ready', 'image/svg+xml');
    expect((await call(id)).status).toBe(404);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await call(newId())).status).toBe(404);
    expect((await call('../../etc/passwd')).status).toBe(404);
  });
});
