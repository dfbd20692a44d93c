import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { createConnection } from 'mysql2/promise';
import { afterAll, describe, expect, it } from 'vitest';

import {
  canConnect,
  createDatabaseIfMissing,
  databaseUrl,
  migrateDatabase,
} from '../../../scripts/lib/database';
import {
  findMariadbBinaries,
  pingPrivateMariadb,
  privateMariadbPaths,
  startPrivateMariadb,
  stopPrivateMariadb,
} from '../../../scripts/lib/private-mariadb';
import { provisionWebUser, WEB_DB_USER } from '../../../scripts/lib/web-db-user';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

// A short temp path keeps the unix socket under the 108-byte limit.
const baseDir = mkdtempSync(path.join(os.tmpdir(), 'zpm-'));

afterAll(async () => {
  await stopPrivateMariadb(privateMariadbPaths(baseDir)).catch(() => false);
  rmSync(baseDir, { recursive: true, force: true });
});

describe('private MariaDB lifecycle', () => {
  it(
    'starts, migrates, serves queries, is reused when started twice, and stops; ACCESS-5: its web user only appends to the audit log',
    { timeout: 120_000 },
    async () => {
      const bins = findMariadbBinaries();
      // The scripts install mariadb-server when it is missing; this machine must have it for the suite to mean anything.
      expect(bins, 'mariadb-server binaries must be installed').not.toBeNull();
      const inst = privateMariadbPaths(baseDir, await freePort());

      const first = await startPrivateMariadb(inst, { bins: bins! });
      expect(first.startedNow).toBe(true);
      const u = new URL(first.url);
      expect([u.protocol, u.username, u.hostname, u.port, u.pathname]).toEqual([
        'mysql:',
        'zhishi',
        '127.0.0.1',
        String(inst.port),
        '/',
      ]);
      expect(u.password).toMatch(/^[0-9a-f]{36}$/);
      expect(statSync(inst.credentialsFile).mode & 0o077).toBe(0);

      const second = await startPrivateMariadb(inst, { bins: bins! });
      expect(second).toEqual({ url: first.url, startedNow: false });

      expect(await createDatabaseIfMissing(first.url, 'zhishi_infra')).toBe(true);
      expect(await createDatabaseIfMissing(first.url, 'zhishi_infra')).toBe(false);
      const url = databaseUrl(first.url, 'zhishi_infra');
      const migrated = await migrateDatabase(url);
      expect(migrated.applied.length).toBe(migrated.total);
      expect((await migrateDatabase(url)).applied).toEqual([]);

      const conn = await createConnection({ uri: url });
      const [rows] = await conn.query(
        "SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'zhishi_infra' AND table_name = 'users'",
      );
      const [tz] = await conn.query('SELECT @@time_zone AS tz, @@character_set_server AS cs');
      await conn.end();
      expect(rows).toEqual([{ n: 1 }]);
      expect(tz).toEqual([{ tz: '+00:00', cs: 'utf8mb4' }]);

      // ACCESS-5: the web server's user reads and writes rows, but only appends to the audit log.
      const webUrl = await provisionWebUser(inst, 'zhishi_infra');
      expect(new URL(webUrl).username).toBe(WEB_DB_USER);
      const web = await createConnection({ uri: webUrl });
      try {
        await web.query(
          "INSERT INTO audit_log (action, target_type, target_id) VALUES ('test.append', 'test', 'x')",
        );
        const [logged] = await web.query(
          "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'test.append'",
        );
        expect(logged).toEqual([{ n: 1 }]);
        for (const statement of [
          "UPDATE audit_log SET reason = 'rewritten'",
          'DELETE FROM audit_log',
          'TRUNCATE TABLE audit_log',
          'DROP TABLE users',
          'CREATE TABLE sneaky (id INT)',
        ]) {
          await expect(web.query(statement), statement).rejects.toMatchObject({
            code: 'ER_TABLEACCESS_DENIED_ERROR',
          });
        }
        // Every other table takes ordinary writes.
        await web.query("UPDATE users SET name = name WHERE id = 'none'");
        await web.query("DELETE FROM users WHERE id = 'none'");
      } finally {
        await web.end();
      }

      // Root is socket-only; TCP root logins are refused so other local users cannot take the instance over.
      expect(await canConnect(`mysql://root@127.0.0.1:${inst.port}/`)).toBe(false);
      // The app user cannot reach databases outside its own prefix.
      expect(await canConnect(databaseUrl(first.url, 'mysql'))).toBe(false);

      expect(await stopPrivateMariadb(inst, bins)).toBe(true);
      expect(pingPrivateMariadb(inst, bins!)).toBe(false);
      expect(await canConnect(first.url)).toBe(false);
      expect(await stopPrivateMariadb(inst, bins)).toBe(false);
    },
  );
});
