/**
 * `npm run models:conversion`: trains a new payment-success model version from the database's
 * settled checkouts and serves it when it succeeds. Reads .env.local and .env when present.
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { pool } = await import('@/db');
const { trainConversionModel } = await import('@/lib/data/conversion-model');

try {
  const r = await trainConversionModel();
  console.log(`Payment success model v${r.version} ready.`);
  for (const [k, v] of Object.entries(r.metrics)) console.log(`  ${k.padEnd(16)} ${String(v)}`);
} catch (err) {
  console.error('models:conversion failed (the served version is unchanged):', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
