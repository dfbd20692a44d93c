/**
 * `npm run models:interest`: trains a new user-interest model version (Y = X·W) from the database
 * and marks it ready. Reads .env.local and .env when present.
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { pool } = await import('@/db');
const { trainInterestModel } = await import('@/lib/data/interest-model');

try {
  const r = await trainInterestModel();
  console.log(
    `Interest model v${r.version} ready: RMSE ${r.metrics.rmse.toFixed(4)} vs mean baseline ${r.metrics.baselineRmse.toFixed(4)} on ${r.metrics.users} users, ${r.metrics.categories} categories, ${r.metrics.trainMs} ms.`,
  );
} catch (err) {
  console.error('models:interest failed:', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
