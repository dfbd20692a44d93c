import 'server-only';

import { sql } from 'drizzle-orm';

import { db } from '@/db';
import { logger } from '@/lib/logger';

/** Round-trips the database with a 2 s ceiling so a hung server reads as down. */
export async function checkDatabase(): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  try {
    await Promise.race([
      db.execute(sql`SELECT 1`),
      new Promise((_, reject) => setTimeout(() => reject(new Error('database timeout')), 2000)),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    logger.warn({ err }, 'health: database check failed');
    return { ok: false, latencyMs: Math.round(performance.now() - started) };
  }
}
