import { databaseNameOf, dropDatabase, resolveServer } from './lib/database';

/**
 * Drops the throwaway database named in DATABASE_URL after an e2e run. Only `zhishi_e2e_*` and `zhishi_test_*`
 * names are accepted, so a mistyped URL can never drop the demo or a real database.
 */
async function main() {
  const name = databaseNameOf(process.env.DATABASE_URL);
  if (!/^zhishi_(e2e|test)_[a-z0-9]+$/.test(name))
    throw new Error(`refusing to drop "${name}" (not a test database)`);
  const server = await resolveServer();
  await dropDatabase(server.url, name);
  console.log(`Dropped database "${name}".`);
}

main().catch((err: unknown) => {
  console.error(`db-drop failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
