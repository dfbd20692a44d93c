import { createConnection } from 'mysql2/promise';

/**
 * Where the MySQL-compatible server is (DEVELOPERS.md): DATABASE_URL wins; else the server on
 * 127.0.0.1:3306 as root; else the private MariaDB under .data/ (scripts/lib/private-mariadb.ts).
 * Returns a server URL without a database path.
 */
export async function resolveServerUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/';
    return url.toString();
  }
  const local = 'mysql://root@127.0.0.1:3306/';
  if (await canConnect(local)) return local;
  throw new Error('No MySQL-compatible server found: set DATABASE_URL or run `npm run db:up`.');
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
