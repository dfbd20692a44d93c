import 'server-only';

import { unlink } from 'node:fs/promises';

import { logger } from '@/lib/logger';
import { resolveInRoot } from '@/lib/storage/local-files';

/** Deletes stored files after their rows are gone; a missing file is fine. */
export async function removeAccountFiles(keys: string[]): Promise<void> {
  for (const key of keys) {
    try {
      await unlink(resolveInRoot(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
        logger.warn(
          { err: { code: (err as NodeJS.ErrnoException).code } },
          'could not remove file',
        );
    }
  }
}
