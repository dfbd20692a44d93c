import { readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every .ts file under a folder, relative to the repo root (tests excluded). */
export function listModules(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  return (readdirSync(abs, { recursive: true, withFileTypes: false }) as string[])
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

export type ExportedAction = {
  file: string;
  name: string;
  fn: (prev: unknown, input: unknown) => Promise<unknown>;
};

/** Imports each module and returns its exported functions (server actions are the only exports). */
export async function loadActions(dir: string): Promise<ExportedAction[]> {
  const out: ExportedAction[] = [];
  for (const file of listModules(dir)) {
    if (file.endsWith('safe-action.ts')) continue;
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === 'function') out.push({ file, name, fn: value as ExportedAction['fn'] });
    }
  }
  return out;
}

/** Row counts of every table, to prove a refused call wrote nothing. */
export async function rowCounts(
  query: (sql: string) => Promise<unknown>,
): Promise<Record<string, number>> {
  const [tables] = (await query(
    "SELECT TABLE_NAME t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME NOT IN ('rate_limits', '__drizzle_migrations')",
  )) as [{ t: string }[]];
  const counts: Record<string, number> = {};
  for (const { t } of tables) {
    const [rows] = (await query(`SELECT COUNT(*) n FROM \`${t}\``)) as [{ n: number }[]];
    counts[t] = Number(rows[0]!.n);
  }
  return counts;
}
