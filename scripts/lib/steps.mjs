// Plain Node helpers shared by demo.mjs, test-all.mjs and e2e.mjs. No imports from node_modules:
// these scripts run before `npm ci` on a fresh clone.
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const HEARTBEAT_MS = 30_000;

const color = (code) => (text) =>
  process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[${code}m${text}\x1b[0m` : text;
export const bold = color('1');
export const green = color('32');
export const red = color('31');
export const dim = color('2');

export function seconds(ms) {
  return (ms / 1000).toFixed(1);
}

export function say(line) {
  process.stdout.write(`${line}\n`);
}

/**
 * Runs one command as a named step: prints a header, streams its output (optionally keeping a copy),
 * prints a heartbeat while it is quiet for long, and resolves with the exit code and duration.
 */
export function run(
  title,
  cmd,
  args,
  { env = process.env, capture = false, stdoutTo = 'inherit', cwd = ROOT } = {},
) {
  say(bold(`\n▶ ${title}`) + dim(`  $ ${[cmd, ...args].join(' ')}`));
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let lastOutput = Date.now();
    const onData = (stream) => (chunk) => {
      lastOutput = Date.now();
      if (capture || stdoutTo === 'capture') output += chunk.toString();
      if (!(stream === process.stdout && stdoutTo === 'capture')) stream.write(chunk);
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    const beat = setInterval(() => {
      if (Date.now() - lastOutput >= HEARTBEAT_MS)
        say(dim(`  … ${title}: still running (${seconds(Date.now() - started)}s)`));
    }, HEARTBEAT_MS);
    const finish = (code) => {
      clearInterval(beat);
      const ms = Date.now() - started;
      say(
        code === 0
          ? green(`✔ ${title} (${seconds(ms)}s)`)
          : red(`✘ ${title} failed with exit code ${code} (${seconds(ms)}s)`),
      );
      resolve({ code, ms, output });
    };
    child.on('error', (err) => {
      output += String(err);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}

/** node_modules is missing, or older than the lockfile (someone changed dependencies since the last install). */
export function depsNeedInstall() {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json');
  if (!existsSync(marker)) return true;
  return statSync(marker).mtimeMs < statSync(path.join(ROOT, 'package-lock.json')).mtimeMs;
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's chromium for Playwright: installed with apt when missing and we are root. Returns an error text or null. */
export async function ensureChromium() {
  if (existsSync(CHROMIUM)) return null;
  if (!isRoot())
    return `Chromium is missing: install the Debian package "chromium" (sudo apt-get install -y chromium).`;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let res = await run('Install chromium (apt-get)', 'apt-get', ['install', '-y', 'chromium'], {
    env,
  });
  if (res.code !== 0) {
    await run('Refresh package lists (apt-get update)', 'apt-get', ['update'], { env });
    res = await run('Install chromium (apt-get, retry)', 'apt-get', ['install', '-y', 'chromium'], {
      env,
    });
  }
  return res.code === 0 && existsSync(CHROMIUM) ? null : 'apt-get could not install chromium.';
}

/** Asks scripts/db-up.ts for a server (and starts the private one if needed); returns its JSON summary. */
/** Runs a `--json` script: human lines stream, stdout's last JSON line is the answer (or null). */
async function runJsonScript(title, script, env) {
  const res = await run(title, 'npx', ['tsx', script, '--json'], { env, stdoutTo: 'capture' });
  if (res.code !== 0) return { ...res, json: null };
  const line = res.output
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .at(-1);
  return { ...res, json: line ? JSON.parse(line) : null };
}

export async function databaseUp(env = process.env) {
  const res = await runJsonScript('Database up (scripts/db-up.ts)', 'scripts/db-up.ts', env);
  return { ...res, db: res.json };
}

/** The private instance's web-server user (rows only; the audit log append-only), or null. */
export async function webDatabaseUrl(env) {
  const res = await runJsonScript(
    'Web server database user (scripts/db-web-user.ts)',
    'scripts/db-web-user.ts',
    env,
  );
  return res.json?.url ?? null;
}

export function withDatabase(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
