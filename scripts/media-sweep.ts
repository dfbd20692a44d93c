/**
 * `npm run media:sweep`: frees the bytes and quota of every upload abandoned for over a day
 * (lib/media/upload-sweep.ts), in batches. A new upload already sweeps its creator's own; this covers
 * creators who never come back. Schedule it once a day. Reads .env.local and .env when present.
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { pool } = await import('@/db');
const { sweepAbandonedUploads } = await import('@/lib/media/upload-sweep');
const { getStorage } = await import('@/lib/storage');

const BATCH = 500;
try {
  let total = 0;
  for (let swept = BATCH; swept === BATCH; total += swept) {
    swept = await sweepAbandonedUploads(getStorage(), { limit: BATCH });
  }
  console.log(`Swept ${total} abandoned upload${total === 1 ? '' : 's'}.`);
} catch (err) {
  console.error('media:sweep failed:', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
