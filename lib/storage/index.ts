import 'server-only';

import { env } from '@/lib/env';
import { createLocalStorage } from '@/lib/storage/local-storage';
import { createS3Storage } from '@/lib/storage/s3-storage';
import type { Storage } from '@/lib/storage/storage';

export type { Storage } from '@/lib/storage/storage';

const cache = globalThis as unknown as { zhishiStorage?: Storage };

/** The one storage of this process: S3 when S3_BUCKET is set, else local disk under MEDIA_ROOT. */
export function getStorage(): Storage {
  cache.zhishiStorage ??= env.S3_BUCKET
    ? createS3Storage({
        bucket: env.S3_BUCKET,
        region: env.S3_REGION,
        ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
        ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? {
              credentials: {
                accessKeyId: env.S3_ACCESS_KEY_ID,
                secretAccessKey: env.S3_SECRET_ACCESS_KEY,
              },
            }
          : {}),
        forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
      })
    : createLocalStorage(env.MEDIA_ROOT);
  return cache.zhishiStorage;
}
