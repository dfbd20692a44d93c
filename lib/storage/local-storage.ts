import { createWriteStream } from 'node:fs';
import { lstat, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { FileStore } from '@tus/file-store';

import { openStoredFile, resolveInRoot } from '@/lib/storage/local-files';
import type { PickBytes, Storage } from '@/lib/storage/storage';

const UPLOADS_DIR = 'uploads';

/** Local disk under `root` (outside public/ and the app dir in production): files 0640 (UPLOAD-4). */
export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  const datastore = new FileStore({ directory: path.join(base, UPLOADS_DIR) });

  async function ensureDir(full: string) {
    await mkdir(path.dirname(full), { recursive: true, mode: 0o750 });
  }

  return {
    kind: 'local',
    datastore,
    async put(key, body) {
      const full = resolveInRoot(key, base);
      await ensureDir(full);
      const source = body instanceof Uint8Array ? Readable.from([body]) : body;
      await pipeline(source, createWriteStream(full, { mode: 0o640 }));
    },
    open: (key, pick?: PickBytes) => openStoredFile(key, base, pick),
    async stat(key) {
      try {
        const s = await lstat(resolveInRoot(key, base));
        return s.isFile() ? { size: s.size } : null;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await rm(resolveInRoot(key, base), { force: true });
    },
    uploadKey: (uploadId) => `${UPLOADS_DIR}/${uploadId}`,
    async promoteUpload(uploadId, key) {
      const full = resolveInRoot(key, base);
      await ensureDir(full);
      // Same file system: a rename, so a 2 GiB upload is not copied.
      await rename(resolveInRoot(`${UPLOADS_DIR}/${uploadId}`, base), full);
      await datastore.configstore.delete(uploadId);
    },
    async discardUpload(uploadId) {
      await rm(resolveInRoot(`${UPLOADS_DIR}/${uploadId}`, base), { force: true });
      await datastore.configstore.delete(uploadId).catch(() => undefined);
    },
  };
}
