import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

import {
  HeadObjectCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, vi } from 'vitest';

import { db } from '@/db';
import { mediaAssets } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { newId } from '@/lib/ids';
import { getStorage } from '@/lib/storage';
import { readAll } from '@/lib/storage/storage';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

/**
 * Drives app/api/uploads with real Requests, as tus-js-client would (tus 1.0 headers), and looks
 * at what the storage holds afterwards. The integration project runs these tests on local disk,
 * integration-s3 against a bucket on s3rver (tests/support/s3-env.ts), which the harness completes
 * with the multipart calls @tus/s3-store needs and s3rver lacks (tests/support/s3rver.ts).
 */

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

const storage = getStorage();
const s3 =
  storage.kind === 's3'
    ? new S3Client({
        region: env.S3_REGION,
        endpoint: env.S3_ENDPOINT,
        forcePathStyle: true,
        credentials: {
          accessKeyId: env.S3_ACCESS_KEY_ID!,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
        },
      })
    : null;
const bucket = env.S3_BUCKET!;

/** A stored object's bytes (through the storage the route uses), or null when it is missing. */
export async function storedBytes(key: string): Promise<Buffer | null> {
  const file = await storage.open(key);
  return file ? readAll(file.stream) : null;
}

/** Every stored key starting with `prefix` (a folder of MEDIA_ROOT, or a bucket prefix). */
export async function storedKeys(prefix: string): Promise<string[]> {
  if (s3) {
    const res = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
    return (res.Contents ?? []).map((o) => o.Key!).sort();
  }
  const dir = path.resolve(env.MEDIA_ROOT, prefix);
  const files = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return files
    .filter((f) => f.isFile())
    .map((f) => path.relative(env.MEDIA_ROOT, path.join(f.parentPath, f.name)))
    .sort();
}

/**
 * Watches an open upload: the returned function lists what the upload still holds in storage. On
 * disk, the bytes and tus's `.json` info file; on S3, the object, tus's `.info` and `.part` objects,
 * and the multipart upload itself while it is open (its S3 id is read now, from `.info`).
 */
export async function watchUpload(id: string): Promise<() => Promise<string[]>> {
  if (!s3) {
    const keys = [storage.uploadKey(id), `${storage.uploadKey(id)}.json`];
    return async () => {
      const present = await Promise.all(keys.map((k) => storage.stat(k)));
      return keys.filter((_, i) => present[i]);
    };
  }
  const info = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: `${id}.info` }));
  const uploadId = info.Metadata?.['upload-id'];
  if (!uploadId) throw new Error(`no multipart upload recorded for ${id}`);
  const keys = [id, `${id}.info`, `${id}.part`];
  return async () => {
    const present = await Promise.all(keys.map((k) => storage.stat(k)));
    const open = await s3
      .send(new ListPartsCommand({ Bucket: bucket, Key: id, UploadId: uploadId }))
      .then(
        () => true,
        (err: Error) => (err.name === 'NoSuchUpload' ? false : Promise.reject(err)),
      );
    return [...keys.filter((_, i) => present[i]), ...(open ? [`multipart ${uploadId}`] : [])];
  };
}

export async function rowOf(id: string) {
  const [row] = await db.select().from(mediaAssets).where(eq(mediaAssets.id, id));
  return row;
}

export async function errorKey(res: Response): Promise<string | undefined> {
  const body = (await res.json().catch(() => null)) as { error?: { key?: string } } | null;
  return body?.error?.key;
}

/** Deletes the stored media of these courses (`media/<courseId>/…`), wherever the storage keeps them. */
export async function removeCourseMedia(courseIds: string[]) {
  for (const id of courseIds) {
    // One by one: s3rver's DeleteObjects races on keys that share a folder.
    for (const key of await storedKeys(`media/${id}/`)) await storage.delete(key);
    await rm(path.resolve(env.MEDIA_ROOT, `media/${id}`), { recursive: true, force: true });
  }
}

const courseDirs: string[] = [];
afterAll(() => removeCourseMedia(courseDirs));

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
