import { readFileSync } from 'node:fs';
import path from 'node:path';

import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import { createConnection } from 'mysql2/promise';

import { privateMariadbPaths, startPrivateMariadb } from './private-mariadb';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const MIGRATIONS_FOLDER = path.join(REPO_ROOT, 'db/migrations');
export const DEFAULT_DATABASE = 'zhishi';
const LOCAL_SERVER = 'mysql://root@127.0.0.1:3306/';

export type ServerSource = 'env' | 'local' | 'private';
export type ResolvedServer = { url: string; source: ServerSource; startedPrivate: boolean };
type Log = (line: string) => void;

/** The checkout's own instance: `.data/` at the repo root, port 3307 unless ZHISHI_PRIVATE_DB_PORT says otherwise. */
export function defaultPrivateMariadb() {
  const port = Number(process.env.ZHISHI_PRIVATE_DB_PORT ?? 3307);
  return privateMariadbPaths(path.join(REPO_ROOT, '.data'), port);
}

/**
 * Where the MySQL-compatible server is: DATABASE_URL wins; else root on 127.0.0.1:3306 when it answers;
 * else the private MariaDB under .data/ (started, and installed when allowed). ZHISHI_PRIVATE_DB=1 skips
 * the first two so tests can prove the private path. The URL has no database path.
 */
export async function resolveServer(log: Log = () => {}): Promise<ResolvedServer> {
  const forcePrivate = process.env.ZHISHI_PRIVATE_DB === '1';
  if (process.env.DATABASE_URL && !forcePrivate) {
    return { url: serverUrlOf(process.env.DATABASE_URL), source: 'env', startedPrivate: false };
  }
  if (!forcePrivate && (await canConnect(LOCAL_SERVER))) {
    return { url: LOCAL_SERVER, source: 'local', startedPrivate: false };
  }
  if (!forcePrivate)
    log('No server answered on 127.0.0.1:3306; using a private MariaDB under .data/.');
  const { url, startedNow } = await startPrivateMariadb(defaultPrivateMariadb(), { log });
  return { url, source: 'private', startedPrivate: startedNow };
}

export async function resolveServerUrl(): Promise<string> {
  return (await resolveServer()).url;
}

/** Same server, no database selected. */
export function serverUrlOf(url: string): string {
  const u = new URL(url);
  u.pathname = '/';
  return u.toString();
}

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${assertDatabaseName(database)}`;
  return u.toString();
}

/** Database named in a URL, or the default one. */
export function databaseNameOf(url: string | undefined): string {
  const name = url ? decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) : '';
  return assertDatabaseName(name || DEFAULT_DATABASE);
}

/** Names are interpolated into DDL, so only a safe alphabet passes. */
export function assertDatabaseName(name: string): string {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name))
    throw new Error(`Unsafe database name: ${JSON.stringify(name)}`);
  return name;
}

/** Hides the password when a URL is printed. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '****';
  return u.toString();
}

export async function canConnect(uri: string): Promise<boolean> {
  try {
    const conn = await createConnection({ uri, connectTimeout: 1500 });
    await conn.query('SELECT 1');
    await conn.end();
    return true;
  } catch {
    return false;
  }
}

/** Returns true when the database was created by this call. */
export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<boolean> {
  const conn = await createConnection({ uri: serverUrl });
  try {
    const [rows] = await conn.query(
      'SELECT 1 FROM information_schema.schemata WHERE schema_name = ?',
      [name],
    );
    if ((rows as unknown[]).length > 0) return false;
    await conn.query(
      `CREATE DATABASE IF NOT EXISTS \`${assertDatabaseName(name)}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    return true;
  } finally {
    await conn.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const conn = await createConnection({ uri: serverUrl });
  try {
    await conn.query(`DROP DATABASE IF EXISTS \`${assertDatabaseName(name)}\``);
  } finally {
    await conn.end();
  }
}

type JournalEntry = { idx: number; when: number; tag: string };

function readJournal(folder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(path.join(folder, 'meta/_journal.json'), 'utf8')) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/**
 * Applies pending migrations with drizzle's mysql2 migrator and reports which ones ran. Drizzle records the
 * newest applied migration's timestamp, so "pending" is every journal entry newer than that.
 */
export async function migrateDatabase(
  url: string,
  folder = MIGRATIONS_FOLDER,
): Promise<{ applied: string[]; total: number }> {
  const entries = readJournal(folder);
  const conn = await createConnection({ uri: url, multipleStatements: true });
  try {
    const lastBefore = await lastMigrationMillis(conn);
    await migrate(drizzle(conn), { migrationsFolder: folder });
    return {
      applied: entries.filter((e) => e.when > lastBefore).map((e) => e.tag),
      total: entries.length,
    };
  } finally {
    await conn.end();
  }
}

async function lastMigrationMillis(
  conn: Awaited<ReturnType<typeof createConnection>>,
): Promise<number> {
  const [tables] = await conn.query(
    "SELECT 1 FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '__drizzle_migrations'",
  );
  if ((tables as unknown[]).length === 0) return -1;
  const [rows] = await conn.query('SELECT MAX(created_at) AS last FROM `__drizzle_migrations`');
  const last = (rows as { last: number | string | null }[])[0]?.last;
  return last === null || last === undefined ? -1 : Number(last);
}
