import { randomBytes } from 'node:crypto';

import { drizzle } from 'drizzle-orm/mysql2';
import { migrate } from 'drizzle-orm/mysql2/migrator';
import { createConnection } from 'mysql2/promise';
import type { TestProject } from 'vitest/node';

import { resolveServerUrl } from '../../scripts/lib/database';

/** Creates a fresh database for this run, migrates it, and drops it afterwards. */
export default async function setup(project: TestProject) {
  const server = await resolveServerUrl();
  const name = `zhishi_test_${randomBytes(4).toString('hex')}`;
  const admin = await createConnection({ uri: server });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const conn = await createConnection({ uri: url.toString(), multipleStatements: true });
  await migrate(drizzle(conn), { migrationsFolder: './db/migrations' });
  await conn.end();
  project.provide('databaseUrl', url.toString());
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
