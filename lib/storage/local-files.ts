import { constants } from 'node:fs';
import { mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';

import { env } from '@/lib/env';

/**
 * UPLOAD-4: a storage key must resolve strictly inside the media root. Keys are ours
 * (`media/<courseId|shared>/<random>.<ext>`), but the check holds even if one ever came from input.
 */
export function resolveInRoot(key: string, root: string = env.MEDIA_ROOT): string {
  if (!key || key.includes('\0') || key.includes('\\') || path.isAbsolute(key)) {
    throw new Error('Invalid storage key');
  }
  const base = path.resolve(root);
  const full = path.resolve(base, key);
  if (!full.startsWith(base + path.sep)) throw new Error('Storage key escapes the media root');
  return full;
}

/** Writes bytes at a key; files 0640, directories created as needed (UPLOAD-4). */
export async function writeStoredFile(
  key: string,
  data: Uint8Array,
  root?: string,
): Promise<string> {
  const full = resolveInRoot(key, root);
  await mkdir(path.dirname(full), { recursive: true, mode: 0o750 });
  await writeFile(full, data, { mode: 0o640 });
  return full;
}

export type StoredFile = { stream: ReadableStream<Uint8Array>; size: number };

/** Inclusive byte range, already validated against the file's size (lib/media/range.ts). */
export type ByteRange = { start: number; end: number };

/**
 * Opens a stored file for streaming, or null when it is missing. Symlinks are not followed.
 * `pick`, given the file's size, chooses the bytes to stream: a range (a 206 body), `null` for the
 * whole file, or `'none'` for no body (a 416). Bytes are read from disk in chunks, never buffered
 * whole (UPLOAD-6). `size` is always the whole file's size.
 */
export async function openStoredFile(
  key: string,
  root?: string,
  pick?: (size: number) => ByteRange | null | 'none',
): Promise<StoredFile | null> {
  const full = resolveInRoot(key, root);
  let handle;
  try {
    handle = await open(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') return null;
    throw err;
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    return null;
  }
  const bytes = pick?.(stat.size) ?? null;
  if (bytes === 'none') {
    await handle.close();
    return { stream: new ReadableStream<Uint8Array>({ start: (c) => c.close() }), size: stat.size };
  }
  const nodeStream = handle.createReadStream({
    autoClose: true,
    ...(bytes ? { start: bytes.start, end: bytes.end } : {}),
  });
  return { stream: Readable.toWeb(nodeStream) as ReadableStream<Uint8Array>, size: stat.size };
}
