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

/** Opens a stored file for streaming, or null when it is missing. Symlinks are not followed. */
export async function openStoredFile(key: string, root?: string): Promise<StoredFile | null> {
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
  const nodeStream = handle.createReadStream({ autoClose: true });
  return { stream: Readable.toWeb(nodeStream) as ReadableStream<Uint8Array>, size: stat.size };
}
