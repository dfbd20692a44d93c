import { createHash } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, vi } from 'vitest';

import { db } from '@/db';
import { mediaAssets } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { newId } from '@/lib/ids';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

/** Drives app/api/uploads with real Requests, as tus-js-client would (tus 1.0 headers). */

export const viewerRef: { current: Viewer | null } = { current: null };
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => viewerRef.current }));

const routes = await import('@/app/api/uploads/[[...path]]/route');

const origin = new URL(env.APP_URL).origin;
const TUS = { 'tus-resumable': '1.0.0', origin };

export const encodeMetadata = (m: Record<string, string>) =>
  Object.entries(m)
    .map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`)
    .join(',');

type Init = ConstructorParameters<typeof NextRequest>[1] & { duplex?: 'half' };

function call(method: keyof typeof routes, url: string, init: Init) {
  const handler = routes[method] as (
    req: NextRequest,
    ctx: { params: Promise<Record<string, string[]>> },
  ) => Promise<Response>;
  const rest = new URL(url, origin).pathname.replace(/^\/api\/uploads\/?/, '');
  const params: Record<string, string[]> = rest ? { path: rest.split('/') } : {};
  return handler(new NextRequest(new URL(url, origin), { method, ...init }), {
    params: Promise.resolve(params),
  });
}

export function create(size: number, meta: Record<string, string>) {
  return call('POST', '/api/uploads', {
    headers: { ...TUS, 'upload-length': String(size), 'upload-metadata': encodeMetadata(meta) },
  });
}

/** The upload's URL path from a 201's Location header. */
export function locationOf(res: Response): string {
  const loc = res.headers.get('location');
  if (!loc) throw new Error(`no Location (status ${res.status})`);
  return new URL(loc, origin).pathname;
}

export function patch(url: string, offset: number, body: Uint8Array | ReadableStream<Uint8Array>) {
  const isStream = body instanceof ReadableStream;
  return call('PATCH', url, {
    headers: {
      ...TUS,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
      ...(isStream ? {} : { 'content-length': String(body.byteLength) }),
    },
    body: body as BodyInit,
    ...(isStream ? { duplex: 'half' as const } : {}),
  });
}

export const head = (url: string) => call('HEAD', url, { headers: TUS });
export const remove = (url: string) => call('DELETE', url, { headers: TUS });
export const info = (url: string) => call('GET', url, {});

/** Creates and sends a whole file in one PATCH; returns the upload path and the last response. */
export async function uploadWhole(bytes: Uint8Array, meta: Record<string, string>) {
  const created = await create(bytes.byteLength, meta);
  if (created.status !== 201) return { url: null, res: created };
  const url = locationOf(created);
  return { url, res: await patch(url, 0, bytes) };
}

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
export const fixture = (name: string) => readFile(path.resolve('db/seed-media', name));
export const idOf = (url: string) => url.split('/').pop()!;
export const onDisk = (key: string) => path.resolve(env.MEDIA_ROOT, key);

export async function sizeOnDisk(key: string): Promise<number | null> {
  return stat(onDisk(key)).then(
    (s) => s.size,
    () => null,
  );
}

export async function rowOf(id: string) {
  const [row] = await db.select().from(mediaAssets).where(eq(mediaAssets.id, id));
  return row;
}

export async function errorKey(res: Response): Promise<string | undefined> {
  const body = (await res.json().catch(() => null)) as { error?: { key?: string } } | null;
  return body?.error?.key;
}

const courseDirs: string[] = [];
afterAll(async () => {
  for (const dir of courseDirs) await rm(onDisk(`media/${dir}`), { recursive: true, force: true });
});

/** A new creator with a draft course, signed in for the calls that follow; its media go afterwards. */
export async function signedInCreator() {
  const creator = await makeUser('creator');
  const courseId = await makeCourse(creator.id, { status: 'draft' });
  courseDirs.push(courseId);
  viewerRef.current = creator;
  return { creator, courseId };
}

/** A ready video that leaves the creator `left` bytes of quota. */
export async function fillQuota(ownerId: string, courseId: string, left: number) {
  await db.insert(mediaAssets).values({
    id: newId(),
    ownerId,
    kind: 'video',
    storageKey: `media/${courseId}/${newId()}.mp4`,
    mimeType: 'video/mp4',
    sizeBytes: env.UPLOAD_QUOTA_BYTES - left,
    originalName: 'big.mp4',
    status: 'ready',
  });
}
