import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { createConnection, type Connection } from 'mysql2/promise';

import { assertDatabaseName } from './database';
import type { PrivateMariadb } from './private-mariadb';

/**
 * The database user the web server runs as on the private MariaDB. Migrations and the seed run as
 * the app user (it owns the schema); the server only reads and writes rows, and may only add to the
 * audit log (ACCESS-5: append-only), so even a hijacked query cannot rewrite history. Other servers:
 * the ACCESS-5 row of docs/security.md gives the same grants.
 */
export const WEB_DB_USER = 'zhishi_web';
/** Tables the server may read and append to, never change. */
export const APPEND_ONLY_TABLES = ['audit_log'] as const;
/** Tables the server may only read (the migrator's bookkeeping). */
export const READ_ONLY_TABLES = ['__drizzle_migrations'] as const;

const HOSTS = ['localhost', '127.0.0.1'];

/** Table by table: DML everywhere, SELECT+INSERT on the append-only tables, SELECT on read-only ones. */
export async function grantWebUser(
  root: Connection,
  database: string,
  password: string,
): Promise<void> {
  const db = assertDatabaseName(database);
  const [tables] = await root.query(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'",
    [db],
  );
  for (const host of HOSTS) {
    // Re-created on every call, so a table dropped by a migration leaves no stale grant behind.
    await root.query('CREATE OR REPLACE USER ?@? IDENTIFIED BY ?', [WEB_DB_USER, host, password]);
    for (const { name } of tables as { name: string }[]) {
      const privileges = (APPEND_ONLY_TABLES as readonly string[]).includes(name)
        ? 'SELECT, INSERT'
        : (READ_ONLY_TABLES as readonly string[]).includes(name)
          ? 'SELECT'
          : 'SELECT, INSERT, UPDATE, DELETE';
      await root.query(`GRANT ${privileges} ON ??.?? TO ?@?`, [db, name, WEB_DB_USER, host]);
    }
  }
}

function webPassword(inst: PrivateMariadb): string {
  const file = path.join(inst.baseDir, 'mariadb-web.json');
  if (existsSync(file))
    return (JSON.parse(readFileSync(file, 'utf8')) as { password: string }).password;
  const password = randomBytes(18).toString('hex');
  writeFileSync(file, JSON.stringify({ user: WEB_DB_USER, password }), { mode: 0o600 });
  return password;
}

/** Grants the web user on `database` of the private instance (root over the socket); returns its URL. */
export async function provisionWebUser(inst: PrivateMariadb, database: string): Promise<string> {
  const password = webPassword(inst);
  const root = await createConnection({ socketPath: inst.socket, user: 'root' });
  try {
    await grantWebUser(root, database, password);
  } finally {
    await root.end();
  }
  return `mysql://${WEB_DB_USER}:${password}@127.0.0.1:${inst.port}/${database}`;
}
