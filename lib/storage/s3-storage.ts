import { Readable } from 'node:stream';

import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { S3Store } from '@tus/s3-store';
import { ERRORS } from '@tus/server';

import type { PickBytes, Storage, StoredFile } from '@/lib/storage/storage';

export type S3StorageConfig = { bucket: string } & Pick<
  S3ClientConfig,
  'region' | 'endpoint' | 'credentials' | 'forcePathStyle'
>;

function isMissing(err: unknown): boolean {
  if (err instanceof NoSuchKey || err instanceof NotFound) return true;
  const status = (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  return status === 404;
}

const emptyStream = () => new ReadableStream<Uint8Array>({ start: (c) => c.close() });

/**
 * @tus/s3-store's remove() aborts the multipart upload and deletes the object and its `.info`, but
 * leaves the `.part` object (an unfinished part under 5 MiB), and once the multipart upload has
 * completed (every finished upload) S3 answers the abort with NoSuchUpload, so remove() throws before
 * deleting anything and keeps the upload in its cache. This one deletes all three objects either way.
 */
class UploadStore extends S3Store {
  override async remove(id: string): Promise<void> {
    try {
      await super.remove(id);
    } catch (err) {
      if (err !== ERRORS.FILE_NOT_FOUND) throw err;
    }
    await this.clearCache(id);
    await this.client.deleteObjects({
      Bucket: this.bucket,
      Delete: { Objects: [id, this.infoKey(id), this.partKey(id, true)].map((Key) => ({ Key })) },
    });
  }
}

/**
 * A private S3-compatible bucket. Reads stream GetObject with a Range header, never buffering an
 * object (UPLOAD-6); tus uploads go through @tus/s3-store (multipart) at the
 * bucket root under the upload id (22 base62 characters, disjoint from `media/…` keys).
 */
export function createS3Storage(config: S3StorageConfig): Storage {
  const { bucket, ...rest } = config;
  // Checksums only when an operation needs them: S3-compatible servers (MinIO, s3rver) differ.
  const clientConfig: S3ClientConfig = {
    ...rest,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
  const client = new S3Client(clientConfig);
  const datastore = new UploadStore({
    partSize: 8 * 1024 * 1024,
    s3ClientConfig: { bucket, ...clientConfig },
  });

  async function head(key: string): Promise<{ size: number } | null> {
    try {
      const res = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return { size: res.ContentLength ?? 0 };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async function open(key: string, pick?: PickBytes): Promise<StoredFile | null> {
    const meta = await head(key);
    if (!meta) return null;
    const bytes = pick?.(meta.size) ?? null;
    if (bytes === 'none') return { stream: emptyStream(), size: meta.size };
    try {
      const res = await client.send(
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          ...(bytes ? { Range: `bytes=${bytes.start}-${bytes.end}` } : {}),
        }),
      );
      const body = res.Body as Readable | undefined;
      if (!body) return { stream: emptyStream(), size: meta.size };
      return { stream: Readable.toWeb(body) as ReadableStream<Uint8Array>, size: meta.size };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async function remove(key: string) {
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }

  return {
    kind: 's3',
    datastore,
    async put(key, body, contentType) {
      // A stream of unknown length needs a multipart upload; ours are small (covers) or buffered.
      const buf =
        body instanceof Uint8Array ? body : Buffer.concat((await body.toArray()) as Buffer[]);
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: buf, ContentType: contentType }),
      );
    },
    open,
    stat: head,
    delete: remove,
    uploadKey: (uploadId) => uploadId,
    async promoteUpload(uploadId, key, contentType) {
      const from = uploadId;
      // Server-side copy (single request up to 5 GiB, above our 2 GiB video limit).
      await client.send(
        new CopyObjectCommand({
          Bucket: bucket,
          Key: key,
          CopySource: `${bucket}/${encodeURIComponent(from)}`,
          ContentType: contentType,
          MetadataDirective: 'REPLACE',
        }),
      );
      await datastore.remove(from);
    },
    async discardUpload(uploadId) {
      await datastore.remove(uploadId);
    },
  };
}
