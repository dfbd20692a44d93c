import { databaseNameOf, defaultPrivateMariadb, redactUrl } from './lib/database';
import { provisionWebUser } from './lib/web-db-user';

/**
 * `npm run db:web-user`: on the private MariaDB, (re)grants the web server's own user on the app
 * database (DML only; the audit log append-only) and prints its URL. Run after migrations: grants are
 * per table. With `--json` stdout carries one JSON object for demo.mjs.
 */
const json = process.argv.includes('--json');
const say = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);

async function main() {
  const url = await provisionWebUser(
    defaultPrivateMariadb(),
    databaseNameOf(process.env.DATABASE_URL),
  );
  say(`Web server database user: ${redactUrl(url)} (rows only; audit_log append-only)`);
  if (json) process.stdout.write(`${JSON.stringify({ url })}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`db:web-user failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
