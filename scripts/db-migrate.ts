import {
  createDatabaseIfMissing,
  databaseNameOf,
  databaseUrl,
  migrateDatabase,
  redactUrl,
  resolveServer,
} from './lib/database';

/** `npm run db:migrate`: creates the database named in DATABASE_URL (default `zhishi`) if missing and applies db/migrations. */
async function main() {
  const started = performance.now();
  const server = await resolveServer((line) => console.log(line));
  const name = databaseNameOf(
    process.env.ZHISHI_PRIVATE_DB === '1' ? undefined : process.env.DATABASE_URL,
  );
  if (await createDatabaseIfMissing(server.url, name)) console.log(`Created database "${name}".`);
  const url = databaseUrl(server.url, name);
  const { applied, total } = await migrateDatabase(url);
  const ms = Math.round(performance.now() - started);
  console.log(`Migrated ${redactUrl(url)}`);
  console.log(
    applied.length > 0
      ? `Applied ${applied.length} of ${total} migration(s): ${applied.join(', ')} (${ms} ms)`
      : `Already up to date: ${total} migration(s) applied before (${ms} ms)`,
  );
}

main().catch((err: unknown) => {
  console.error(`db:migrate failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
