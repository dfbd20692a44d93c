import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createConnection } from 'mysql2/promise';

/**
 * A MariaDB server owned by this checkout (STACK.md "private instance"): no systemd, no /etc/mysql,
 * everything under one base directory so deleting `.data/` resets it. Root is reachable only through
 * the unix socket (the base directory is 0700); migrations, the seed and the tests connect over TCP as
 * the schema owner `zhishi`, whose password is generated once and kept in `<base>/mariadb-app.json`
 * (the demo's web server has its own, narrower user: web-db-user.ts).
 */
export type PrivateMariadb = {
  baseDir: string;
  port: number;
  dataDir: string;
  runDir: string;
  socket: string;
  pidFile: string;
  logFile: string;
  credentialsFile: string;
};

export type MariadbBinaries = { mariadbd: string; installDb: string; admin: string };

type Log = (line: string) => void;

export const APP_DB_USER = 'zhishi';
export const MARIADB_PACKAGE = 'mariadb-server';

/** Paths of an instance rooted at `baseDir` (e.g. `.data`). */
export function privateMariadbPaths(baseDir: string, port = 3307): PrivateMariadb {
  const base = path.resolve(baseDir);
  const runDir = path.join(base, 'run');
  let socket = path.join(runDir, 'mysqld.sock');
  // Unix socket paths are capped at 108 bytes; deep checkouts fall back to a hashed name in the temp dir.
  if (Buffer.byteLength(socket) > 100) {
    const hash = createHash('sha256').update(base).digest('hex').slice(0, 12);
    socket = path.join(os.tmpdir(), `zhishi-${hash}.sock`);
  }
  return {
    baseDir: base,
    port,
    dataDir: path.join(base, 'mariadb'),
    runDir,
    socket,
    pidFile: path.join(runDir, 'mysqld.pid'),
    logFile: path.join(base, 'mariadb.err'),
    credentialsFile: path.join(base, 'mariadb-app.json'),
  };
}

const SEARCH_DIRS = ['/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin', '/sbin', '/bin'];

function which(name: string): string | null {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean), ...SEARCH_DIRS];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export function findMariadbBinaries(): MariadbBinaries | null {
  const mariadbd = which('mariadbd');
  const installDb = which('mariadb-install-db');
  const admin = which('mariadb-admin');
  return mariadbd && installDb && admin ? { mariadbd, installDb, admin } : null;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Finds the server binaries, installing Debian's package when we are root; otherwise names the package. */
export function ensureMariadbBinaries(log: Log): MariadbBinaries {
  const found = findMariadbBinaries();
  if (found) return found;
  if (!isRoot()) {
    throw new Error(
      `MariaDB is not installed and no database answered on 127.0.0.1:3306.\n` +
        `Install the Debian package "${MARIADB_PACKAGE}" (sudo apt-get install -y ${MARIADB_PACKAGE}),\n` +
        `or point DATABASE_URL at a MySQL-compatible server, then run the command again.`,
    );
  }
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  log(`Installing ${MARIADB_PACKAGE} with apt-get (runs once)…`);
  // A fresh image often has empty package lists: refresh them only when the install needs it.
  if (!apt(['install', '-y', MARIADB_PACKAGE])) {
    log('apt-get install failed; running apt-get update and retrying…');
    if (!apt(['update']) || !apt(['install', '-y', MARIADB_PACKAGE])) {
      throw new Error(
        `apt-get could not install ${MARIADB_PACKAGE}; install it by hand and retry.`,
      );
    }
  }
  const installed = findMariadbBinaries();
  if (!installed)
    throw new Error(`${MARIADB_PACKAGE} installed but mariadbd was not found on PATH.`);
  return installed;
}

/** `mariadb-admin ping` over the socket; a stopped server may linger in the process table, so ping is the truth. */
export function pingPrivateMariadb(inst: PrivateMariadb, bins: MariadbBinaries): boolean {
  const res = spawnSync(
    bins.admin,
    ['--no-defaults', `--socket=${inst.socket}`, '-uroot', '--connect-timeout=2', 'ping'],
    {
      stdio: 'ignore',
    },
  );
  return res.status === 0;
}

function userArgs(): string[] {
  // mariadbd refuses to run as root unless told so explicitly.
  return isRoot() ? ['--user=root'] : [];
}

function initDataDir(inst: PrivateMariadb, bins: MariadbBinaries): void {
  const res = spawnSync(
    bins.installDb,
    [
      '--no-defaults',
      ...userArgs(),
      `--datadir=${inst.dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { encoding: 'utf8' },
  );
  if (res.status !== 0) {
    rmSync(inst.dataDir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed:\n${res.stdout}\n${res.stderr}`);
  }
}

function logTail(inst: PrivateMariadb): string {
  if (!existsSync(inst.logFile)) return '(no log)';
  return readFileSync(inst.logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
}

async function waitFor(
  check: () => boolean,
  timeoutMs: number,
  failed: () => boolean = () => false,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    if (failed()) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

function readOrCreateCredentials(inst: PrivateMariadb): { user: string; password: string } {
  if (existsSync(inst.credentialsFile)) {
    return JSON.parse(readFileSync(inst.credentialsFile, 'utf8')) as {
      user: string;
      password: string;
    };
  }
  const creds = { user: APP_DB_USER, password: randomBytes(18).toString('hex') };
  writeFileSync(inst.credentialsFile, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

/** Root only over the socket; the app user owns `zhishi` and `zhishi_*` (tests make their own databases). */
async function provision(inst: PrivateMariadb): Promise<void> {
  const { user, password } = readOrCreateCredentials(inst);
  const conn = await createConnection({
    socketPath: inst.socket,
    user: 'root',
    multipleStatements: false,
  });
  try {
    const [rows] = await conn.query(
      "SELECT Host AS host FROM mysql.user WHERE User = 'root' AND Host <> 'localhost'",
    );
    for (const { host } of rows as { host: string }[])
      await conn.query('DROP USER ?@?', ['root', host]);
    for (const host of ['localhost', '127.0.0.1']) {
      await conn.query('CREATE OR REPLACE USER ?@? IDENTIFIED BY ?', [user, host, password]);
      await conn.query('GRANT ALL PRIVILEGES ON `zhishi`.* TO ?@?', [user, host]);
      await conn.query('GRANT ALL PRIVILEGES ON `zhishi\\_%`.* TO ?@?', [user, host]);
    }
  } finally {
    await conn.end();
  }
}

async function appUserWorks(inst: PrivateMariadb): Promise<boolean> {
  if (!existsSync(inst.credentialsFile)) return false;
  try {
    const conn = await createConnection({ uri: privateMariadbUrl(inst), connectTimeout: 2000 });
    await conn.end();
    return true;
  } catch {
    return false;
  }
}

/** Server URL (no database) the app uses for this instance. */
export function privateMariadbUrl(inst: PrivateMariadb): string {
  const { user, password } = readOrCreateCredentials(inst);
  return `mysql://${user}:${password}@127.0.0.1:${inst.port}/`;
}

/**
 * Starts the instance unless it already answers (idempotent). Initialises the data directory on first use.
 * Returns the app URL and whether this call started the server.
 */
export async function startPrivateMariadb(
  inst: PrivateMariadb,
  opts: { log?: Log; bins?: MariadbBinaries } = {},
): Promise<{ url: string; startedNow: boolean }> {
  const log = opts.log ?? (() => {});
  const bins = opts.bins ?? ensureMariadbBinaries(log);
  mkdirSync(inst.baseDir, { recursive: true, mode: 0o700 });
  mkdirSync(inst.runDir, { recursive: true, mode: 0o700 });
  if (pingPrivateMariadb(inst, bins)) {
    log(`Private MariaDB already running (socket ${inst.socket}).`);
    // A lost credentials file or an interrupted first start leaves the app user unusable: provision again.
    if (!(await appUserWorks(inst))) await provision(inst);
    return { url: privateMariadbUrl(inst), startedNow: false };
  }
  if (!existsSync(path.join(inst.dataDir, 'mysql'))) {
    log(`Initialising a private MariaDB data directory in ${inst.dataDir}…`);
    initDataDir(inst, bins);
  }
  rmSync(inst.pidFile, { force: true });
  rmSync(inst.socket, { force: true });
  log(`Starting private MariaDB on 127.0.0.1:${inst.port} (log: ${inst.logFile})…`);
  // detached = setsid: the server outlives this process and ignores the terminal's Ctrl-C.
  const child = spawn(
    bins.mariadbd,
    [
      '--no-defaults',
      ...userArgs(),
      `--datadir=${inst.dataDir}`,
      `--socket=${inst.socket}`,
      `--pid-file=${inst.pidFile}`,
      `--port=${inst.port}`,
      '--bind-address=127.0.0.1',
      '--skip-name-resolve',
      `--log-error=${inst.logFile}`,
      '--skip-log-bin',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
      '--default-time-zone=+00:00',
      '--innodb-buffer-pool-size=128M',
    ],
    { detached: true, stdio: 'ignore' },
  );
  let exited = false;
  child.on('exit', () => (exited = true));
  child.unref();
  const ready = await waitFor(
    () => pingPrivateMariadb(inst, bins),
    60_000,
    () => exited,
  );
  if (!ready)
    throw new Error(
      `Private MariaDB did not start. Last lines of ${inst.logFile}:\n${logTail(inst)}`,
    );
  await provision(inst);
  return { url: privateMariadbUrl(inst), startedNow: true };
}

/** Shuts the instance down if it answers; returns whether it was running. */
export async function stopPrivateMariadb(
  inst: PrivateMariadb,
  bins = findMariadbBinaries(),
): Promise<boolean> {
  if (!bins || !pingPrivateMariadb(inst, bins)) return false;
  spawnSync(bins.admin, ['--no-defaults', `--socket=${inst.socket}`, '-uroot', 'shutdown'], {
    stdio: 'ignore',
  });
  const down = await waitFor(
    () => !pingPrivateMariadb(inst, bins) && !existsSync(inst.pidFile),
    30_000,
  );
  if (!down) throw new Error(`Private MariaDB did not stop; see ${inst.logFile}`);
  return true;
}
