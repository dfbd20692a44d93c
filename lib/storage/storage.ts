import type { Readable } from 'node:stream';

import type { DataStore } from '@tus/server';

import type { ByteRange, StoredFile } from '@/lib/storage/local-files';

export type { ByteRange, StoredFile } from '@/lib/storage/local-files';

/** Given the object's size, the bytes to stream: a range, `null` for all, `'none'` for no body. */
export type PickBytes = (size: number) => ByteRange | null | 'none';

/**
 * Where media bytes live: local disk under MEDIA_ROOT or an S3-compatible bucket (lib/storage/index.ts
 * picks one from the environment). Keys are ours (`media/<courseId>/<random>.<ext>`), never a client
 * file name (UPLOAD-4). tus uploads land in the same storage under `uploadKey(id)` while in progress.
 */
export interface Storage {
  readonly kind: 'local' | 's3';
  put(key: string, body: Readable | Uint8Array, contentType: string): Promise<void>;
  /** Streams a stored object, or null when it is missing. `size` is always the whole object's. */
  open(key: string, pick?: PickBytes): Promise<StoredFile | null>;
  stat(key: string): Promise<{ size: number } | null>;
  /** Deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** The tus datastore writing uploads into this storage (@tus/file-store or @tus/s3-store). */
  readonly datastore: DataStore;
  /** Where a tus upload's bytes are while it is in progress or finished but not yet verified. */
  uploadKey(uploadId: string): string;
  /** Moves a finished upload's bytes to `key` and drops the tus bookkeeping for it. */
  promoteUpload(uploadId: string, key: string, contentType: string): Promise<void>;
  /** Deletes an upload's bytes and bookkeeping (rejected, cancelled). Missing is not an error. */
  discardUpload(uploadId: string): Promise<void>;
}

/** Reads a whole (small) stream into memory; callers bound the size first. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
