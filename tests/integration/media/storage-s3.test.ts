import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

import {
  AbortMultipartUploadCommand,
  CreateMultipartUploadCommand,
  ListPartsCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createS3Storage } from '@/lib/storage/s3-storage';
import { readAll, type Storage } from '@/lib/storage/storage';
import { startS3rver, type LocalS3 } from '@/tests/support/s3rver';

// s3rver runs in this process on a free port, so the test needs no network. The harness completes it
// with ListParts and AbortMultipartUpload (tests/support/s3rver.ts), which @tus/s3-store needs and
// s3rver lacks; the tus upload tests run against it in the integration-s3 project.
let s3: LocalS3;
let storage: Storage;
let client: S3Client;

beforeAll(async () => {
  s3 = await startS3rver();
  const config = {
    region: 'us-east-1',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  };
  storage = createS3Storage({ bucket: s3.bucket, ...config });
  client = new S3Client(config);
});

afterAll(async () => {
  await s3?.close();
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

  it('harness: ListParts pages through the stored parts as S3 does, and is gone after an abort', async () => {
    const Bucket = s3.bucket;
    const Key = 'Zyxwvutsrqponmlkjihgfe';
    const { UploadId } = await client.send(new CreateMultipartUploadCommand({ Bucket, Key }));
    const sizes = [3, 5, 7];
    const etags: string[] = [];
    for (const [i, size] of sizes.entries()) {
      const part = new UploadPartCommand({
        Bucket,
        Key,
        UploadId,
        PartNumber: i + 1,
        Body: Buffer.alloc(size, i),
      });
      etags.push((await client.send(part)).ETag!);
    }

    const first = await client.send(new ListPartsCommand({ Bucket, Key, UploadId, MaxParts: 2 }));
    expect(first.IsTruncated).toBe(true);
    expect(first.NextPartNumberMarker).toBe('2');
    expect(first.Parts?.map((p) => [p.PartNumber, p.Size, p.ETag])).toEqual([
      [1, 3, etags[0]],
      [2, 5, etags[1]],
    ]);
    const rest = await client.send(
      new ListPartsCommand({ Bucket, Key, UploadId, PartNumberMarker: first.NextPartNumberMarker }),
    );
    expect(rest.IsTruncated).toBe(false);
    expect(rest.Parts?.map((p) => [p.PartNumber, p.Size])).toEqual([[3, 7]]);
    // Another key cannot read this upload's parts.
    await expect(
      client.send(new ListPartsCommand({ Bucket, Key: 'other', UploadId })),
    ).rejects.toMatchObject({ name: 'NoSuchUpload' });

    await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId }));
    await expect(
      client.send(new ListPartsCommand({ Bucket, Key, UploadId })),
    ).rejects.toMatchObject({ name: 'NoSuchUpload' });
  });
});
