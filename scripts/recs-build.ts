/**
 * `npm run recs:build`: builds a new recommendation model version (and the category suggester)
 * from the database and marks it ready. Reads .env.local and .env when present.
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { pool } = await import('@/db');
const { buildRecsModel } = await import('@/lib/data/recs-build');

try {
  const r = await buildRecsModel();
  console.log(
    `Recommendations model v${r.version} ready: ${r.items} courses, ${r.users} users, ${r.interactions} user–course pairs, ${r.dim} dims.`,
  );
  for (const [k, v] of Object.entries(r.metrics)) console.log(`  ${k.padEnd(20)} ${String(v)}`);
} catch (err) {
  console.error('recs:build failed:', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
