import type { Db } from '@/db';
import { hashPassword } from '@/lib/auth/password';
import { sealTotpSecret } from '@/lib/auth/totp';

import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from './accounts';
import { buildSeedPlan, countRows } from './build';
import { writeSeedFiles } from './files';
import type { SeedRows } from './plan';
import { replaceAllRows } from './write';

export type SeedOptions = {
  mediaRoot: string;
  /** Clock for "the last 180 days"; defaults to the start of today (UTC), so a day's runs agree. */
  now?: Date;
  log?: (message: string) => void;
};

export type SeedResult = { counts: Record<keyof SeedRows, number>; files: number; ms: number };

export function startOfTodayUtc(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/** Wipes the database's application tables and loads the demo catalogue, people and behaviour. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  // One argon2 hash shared by every seeded account: hashing 300 passwords would take ~30 s.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const plan = buildSeedPlan({
    now: options.now ?? startOfTodayUtc(),
    passwordHash,
    adminTotpSealed: sealTotpSecret(DEMO_ADMIN_TOTP_SECRET),
  });
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  log(
    `planned ${plan.rows.courses.length} courses, ${plan.rows.users.length} users, ${plan.rows.behaviourEvents.length} events (${elapsed()})`,
  );
  const files = await writeSeedFiles(plan.files, plan.rows.mediaAssets, options.mediaRoot);
  log(`wrote ${files} media files under ${options.mediaRoot} (${elapsed()})`);
  await replaceAllRows(db, plan.rows);
  log(`replaced the database rows in one transaction (${elapsed()})`);
  return { counts: countRows(plan.rows), files, ms: Math.round(performance.now() - started) };
}
