import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createS3Storage } from '@/lib/storage/s3-storage';
import { readAll, type Storage } from '@/lib/storage/storage';

type S3rverInstance = { run(): Promise<{ port: number }>; close(): Promise<void> };
type S3rverCtor = new (opts: Record<string, unknown>) => S3rverInstance;
// s3rver ships no types; it runs in this process on a random port, so the test needs no network.
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor;

const BUCKET = 'zhishi-test';
let server: S3rverInstance;
let dir: string;
let storage: Storage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 's3rver-'));
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  storage = createS3Storage({
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('S3 storage (against s3rver)', () => {
  it('puts, stats, streams whole and ranged, and deletes an object', async () => {
    const bytes = Buffer.from(Array.from({ length: 5000 }, (_, i) => i % 251));
    await storage.put('media/c1/a.bin', bytes, 'application/octet-stream');
    expect(await storage.stat('media/c1/a.bin')).toEqual({ size: 5000 });

    const whole = await storage.open('media/c1/a.bin');
    expect(whole?.size).toBe(5000);
    expect(sha(await readAll(whole!.stream))).toBe(sha(bytes));

    const part = await storage.open('media/c1/a.bin', () => ({ start: 100, end: 199 }));
    const got = await readAll(part!.stream);
    expect(part?.size).toBe(5000);
    expect(got.length).toBe(100);
    expect(got.equals(bytes.subarray(100, 200))).toBe(true);

    const none = await storage.open('media/c1/a.bin', () => 'none');
    expect((await readAll(none!.stream)).length).toBe(0);

    await storage.delete('media/c1/a.bin');
    expect(await storage.stat('media/c1/a.bin')).toBeNull();
    expect(await storage.open('media/c1/a.bin')).toBeNull();
  });

  it('accepts a stream body and answers null for a missing key', async () => {
    await storage.put(
      'media/c1/b.txt',
      Readable.from([Buffer.from('he'), Buffer.from('llo')]),
      'text/plain',
    );
    const file = await storage.open('media/c1/b.txt');
    expect((await readAll(file!.stream)).toString()).toBe('hello');
    expect(await storage.stat('media/nope/x.bin')).toBeNull();
    await storage.delete('media/nope/x.bin');
  });

  it('promotes an object from its upload key to its media key (server-side copy)', async () => {
    const bytes = Buffer.from('finished upload bytes');
    const id = 'Abcdefghijklmnopqrstuv';
    await storage.put(storage.uploadKey(id), bytes, 'application/octet-stream');
    await storage.promoteUpload(id, 'media/c2/final.mp4', 'video/mp4');
    expect(await storage.stat(storage.uploadKey(id))).toBeNull();
    const moved = await storage.open('media/c2/final.mp4');
    expect((await readAll(moved!.stream)).equals(bytes)).toBe(true);
  });
});
