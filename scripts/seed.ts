/**
 * `npm run db:seed`: replaces the database contents with the deterministic demo dataset.
 * Reads .env.local and .env when present (DATABASE_URL, AUTH_SECRET for sealing the admin's TOTP secret, MEDIA_ROOT).
 */
import { existsSync } from 'node:fs';

for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);

const { db, pool } = await import('@/db');
const { env } = await import('@/lib/env');
const { seedDemo } = await import('./seed/index');
const { DEMO_ACCOUNTS } = await import('./seed/accounts');

// The seed empties every table first: never let it near real data by accident.
if (
  (env.APP_ENV === 'production' || env.APP_ENV === 'staging') &&
  !process.argv.includes('--force')
) {
  console.error(
    `Refusing to seed: APP_ENV=${env.APP_ENV} and the seed wipes the database (pass --force to override).`,
  );
  await pool.end();
  process.exit(1);
}

try {
  console.log(`Seeding demo data into ${new URL(env.DATABASE_URL).pathname.slice(1)} …`);
  const result = await seedDemo(db, {
    mediaRoot: env.MEDIA_ROOT,
    log: (m) => console.log(`  ${m}`),
  });
  const width = Math.max(...Object.keys(result.counts).map((k) => k.length));
  for (const [table, count] of Object.entries(result.counts)) {
    console.log(`  ${table.padEnd(width)}  ${String(count).padStart(6)}`);
  }
  console.log(`Done in ${(result.ms / 1000).toFixed(1)} s. Demo accounts:`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(8)} ${a.email}  ${a.password}`);
} catch (err) {
  console.error('Seeding failed:', err);
  process.exitCode = 1;
} finally {
  await pool.end();
}
