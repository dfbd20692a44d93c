import { defaultPrivateMariadb } from './lib/database';
import { stopPrivateMariadb } from './lib/private-mariadb';

/** `npm run db:down`: stops the private MariaDB under .data/ if it runs. Servers we did not start are never touched. */
async function main() {
  const inst = defaultPrivateMariadb();
  const stopped = await stopPrivateMariadb(inst);
  console.log(
    stopped
      ? `Private MariaDB stopped (data kept in ${inst.dataDir}).`
      : 'No private MariaDB was running; nothing to stop.',
  );
}

main().catch((err: unknown) => {
  console.error(`db:down failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
