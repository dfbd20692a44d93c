// `npm run test:e2e`: Playwright against a production build and a throwaway, seeded database.
// Also used by test-all.mjs as its last step. Plain Node: the tools it calls come from node_modules.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  databaseUp,
  ensureChromium,
  portInUse,
  ROOT,
  run,
  say,
  withDatabase,
} from './lib/steps.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3000);

/** Test-only secrets: fresh per run, never written anywhere. */
export function testSecrets() {
  return {
    AUTH_SECRET: randomBytes(32).toString('hex'),
    MEDIA_SIGNING_KEY: randomBytes(32).toString('hex'),
    APP_ENV: 'test',
    // Playwright plays the one trusted proxy: specs send their own X-Forwarded-For (AUTH-5 limits).
    TRUSTED_PROXY_HOPS: '1',
    // The phone spec sends several codes to one number; the one-a-minute wait is shortened for tests only.
    SMS_RESEND_SECONDS: '10',
    APP_URL: `http://127.0.0.1:${PORT}`,
    // playwright.config.ts starts the local Stripe emulator here, next to the app server.
    STRIPE_EMULATOR_URL: `http://127.0.0.1:${PORT + 10000}`,
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
  };
}

/**
 * Creates zhishi_e2e_<random>, migrates and seeds it, runs Playwright, and drops the database whatever happens.
 * `serverUrl` skips the database lookup when the caller has done it. Returns the steps it ran ({ title, code, ms, output }) so test-all.mjs can report them.
 */
export async function runE2e({ build = true, playwrightArgs = [], reportFile, serverUrl } = {}) {
  const steps = [];
  const step = async (title, cmd, args, opts) => {
    const res = await run(title, cmd, args, opts);
    steps.push({ title, ...res });
    return res.code === 0;
  };
  const chromiumError = await ensureChromium();
  if (chromiumError) {
    say(chromiumError);
    steps.push({ title: 'Chromium', code: 1, ms: 0, output: chromiumError });
    return steps;
  }
  if (await portInUse(PORT)) {
    const msg = `Port ${PORT} is busy (a demo or dev server?). Stop it first (e2e starts its own server there), or pick another port with E2E_PORT.`;
    say(msg);
    steps.push({ title: 'Port check', code: 1, ms: 0, output: msg });
    return steps;
  }
  if (!serverUrl) {
    const up = await databaseUp();
    steps.push({ title: 'Database up', code: up.code, ms: up.ms, output: '' });
    if (!up.db) return steps;
    serverUrl = up.db.serverUrl;
  }

  const name = `zhishi_e2e_${randomBytes(4).toString('hex')}`;
  const env = { ...process.env, ...testSecrets(), DATABASE_URL: withDatabase(serverUrl, name) };
  if (reportFile) env.PLAYWRIGHT_JSON_OUTPUT_NAME = reportFile;
  const drop = () => run(`Drop database ${name}`, 'npx', ['tsx', 'scripts/db-drop.ts'], { env });
  const onSignal = async () => {
    await drop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const has = (file) => existsSync(path.join(ROOT, file));
    if (
      !(await step(`Create and migrate ${name}`, 'npx', ['tsx', 'scripts/db-migrate.ts'], { env }))
    )
      return steps;
    if (
      has('scripts/seed.ts') &&
      !(await step('Seed e2e database', 'npm', ['run', 'db:seed'], { env }))
    )
      return steps;
    if (
      has('scripts/recs-build.ts') &&
      !(await step('Build recommendations', 'npm', ['run', 'recs:build'], { env }))
    )
      return steps;
    if (
      has('scripts/models-conversion.ts') &&
      !(await step('Train payment-success model', 'npm', ['run', 'models:conversion'], { env }))
    )
      return steps;
    if (build && !(await step('next build', 'npx', ['next', 'build'], { env }))) return steps;
    const reporter = reportFile ? ['--reporter=list,json'] : [];
    await step('Playwright e2e', 'npx', ['playwright', 'test', ...reporter, ...playwrightArgs], {
      env,
      capture: true,
    });
    return steps;
  } finally {
    await drop();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  const steps = await runE2e({ build, playwrightArgs: args.filter((a) => a !== '--no-build') });
  const failed = steps.find((s) => s.code !== 0);
  say(failed ? `\ne2e failed at: ${failed.title}` : '\ne2e passed.');
  process.exit(failed ? 1 : 0);
}
