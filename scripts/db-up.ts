import {
  createDatabaseIfMissing,
  databaseNameOf,
  databaseUrl,
  redactUrl,
  resolveServer,
} from './lib/database';

/**
 * `npm run db:up`: finds or starts a server, creates the app database when missing and prints the URL.
 * With `--json` the human lines go to stderr and stdout carries one JSON object for demo.mjs/test-all.mjs.
 */
const json = process.argv.includes('--json');
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);

async function main() {
  const server = await resolveServer(say);
  const name = databaseNameOf(
    process.env.ZHISHI_PRIVATE_DB === '1' ? undefined : process.env.DATABASE_URL,
  );
  const created = await createDatabaseIfMissing(server.url, name);
  const url = databaseUrl(server.url, name);
  const where = {
    env: 'DATABASE_URL',
    local: 'server on 127.0.0.1:3306',
    private: 'private MariaDB under .data/',
  }[server.source];
  say(`Database server: ${where}${server.startedPrivate ? ' (started now)' : ''}`);
  say(`Database "${name}": ${created ? 'created' : 'already there'}`);
  say(`DATABASE_URL=${redactUrl(url)}`);
  if (server.source === 'private')
    say(
      'The private instance keeps its app password in .data/mariadb-app.json; `npm run db:down` stops it.',
    );
  if (json)
    process.stdout.write(
      `${JSON.stringify({ url, serverUrl: server.url, source: server.source, startedPrivate: server.startedPrivate })}\n`,
    );
}

main().catch((err: unknown) => {
  process.stderr.write(`db:up failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
