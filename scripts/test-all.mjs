// `npm test`: the whole suite in order, stopping at the first failure, ending with a summary table and
// a last line `N passed, N failed`. Plain Node ESM: on a fresh clone it runs before node_modules exists.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  bold,
  databaseUp,
  depsNeedInstall,
  ensureChromium,
  green,
  red,
  run,
  say,
  seconds,
} from './lib/steps.mjs';

const started = Date.now();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhishi-test-'));
const report = (name) => path.join(tmp, `${name}.json`);
const results = [];
// `npm test -- --keep-going` runs every check step even after a failure (prerequisites still stop the run).
const KEEP_GOING = process.argv.includes('--keep-going');
const halt = (ok) => !ok && !KEEP_GOING;

function record(step, res, counts = null) {
  results.push({ step, ok: res.code === 0, ms: res.ms, counts });
  return res.code === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Vitest's JSON report, else its "Tests  1 failed | 9 passed" line. */
function vitestCounts(file, output) {
  const json = readJson(file);
  if (json) return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0 };
  const line = output.replace(/\x1b\[[0-9;]*m/g, '').match(/Tests\s+(.*)\(\d+\)/);
  const grab = (word) => Number(line?.[1].match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return line ? { passed: grab('passed'), failed: grab('failed') } : null;
}

/** Playwright's JSON stats; a test that passed on retry counts as passed (and is listed by the runner as flaky). */
function playwrightCounts(file, output) {
  const stats = readJson(file)?.stats;
  if (stats) return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
  const grab = (word) => Number(clean.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  return { passed: grab('passed') + grab('flaky'), failed: grab('failed') };
}

async function main() {
  const ci = !!process.env.CI;
  say(
    bold(
      `Zhishi test suite${ci ? ' (CI)' : ''}: static checks, types, lint, unit, integration, build, e2e`,
    ),
  );

  if (depsNeedInstall()) {
    if (
      !record(
        'npm ci',
        await run('Install dependencies (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund']),
      )
    )
      return;
  } else {
    say('\nDependencies are installed and match package-lock.json.');
  }
  const chromiumStarted = Date.now();
  const chromiumError = await ensureChromium();
  if (chromiumError) say(red(chromiumError));
  if (!record('chromium', { code: chromiumError ? 1 : 0, ms: Date.now() - chromiumStarted }))
    return;

  const up = await databaseUp();
  if (!record('database', up) || !up.db) return;
  // Secrets exist only for this run; the build and e2e server validate them through lib/env.ts.
  const env = {
    ...process.env,
    DATABASE_URL: up.db.url,
    AUTH_SECRET: randomBytes(32).toString('hex'),
    MEDIA_SIGNING_KEY: randomBytes(32).toString('hex'),
    // The build runs with NODE_ENV=production, where APP_ENV would default to production.
    APP_ENV: 'test',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const plain = [
    ['static checks', 'npm', ['run', '--silent', 'check:static']],
    ['format', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
    ['typecheck', 'npx', ['tsc', '--noEmit']],
    ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ];
  for (const [step, cmd, args] of plain) {
    if (halt(record(step, await run(step, cmd, args, { env })))) return;
  }
  // integration-s3: the tus upload tests again, against a local S3 server (vitest.config.ts).
  for (const project of ['unit', 'integration', 'integration-s3']) {
    const file = report(project);
    const args = [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
    ];
    const res = await run(`vitest ${project}`, 'npx', args, { env, capture: true });
    if (halt(record(`vitest ${project}`, res, vitestCounts(file, res.output)))) return;
  }
  if (!record('next build', await run('next build', 'npx', ['next', 'build'], { env }))) return;

  // Imported late: e2e.mjs lives beside this file and needs nothing from node_modules itself.
  const { runE2e } = await import('./e2e.mjs');
  const e2eFile = report('playwright');
  const steps = await runE2e({ build: false, reportFile: e2eFile, serverUrl: up.db.serverUrl });
  const pw = steps.find((s) => s.title === 'Playwright e2e');
  const failedPrep = steps.find((s) => s.code !== 0 && s !== pw && !s.title.startsWith('Drop'));
  const ms = steps.reduce((sum, s) => sum + s.ms, 0);
  record(
    'e2e',
    { code: failedPrep || !pw ? 1 : pw.code, ms },
    pw ? playwrightCounts(e2eFile, pw.output) : null,
  );
}

function summary() {
  const rows = results.map((r) => [
    r.step,
    r.ok ? green('pass') : red('FAIL'),
    seconds(r.ms),
    r.counts
      ? `${r.counts.passed} passed${r.counts.failed ? `, ${r.counts.failed} failed` : ''}`
      : '',
  ]);
  const head = ['step', 'result', 'seconds', 'tests'];
  const plainLen = (s) => s.replace(/\x1b\[[0-9;]*m/g, '').length;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => plainLen(r[i]))));
  const line = (cells) => cells.map((c, i) => c + ' '.repeat(widths[i] - plainLen(c))).join('  ');
  say(bold('\nSummary'));
  say(line(head));
  say(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) say(line(r));
  const passed = results.reduce((n, r) => n + (r.counts?.passed ?? 0), 0);
  const failed = results.reduce((n, r) => n + (r.counts?.failed ?? 0), 0);
  const allOk = results.length > 0 && results.every((r) => r.ok);
  say(
    `\n${allOk ? green('All steps passed') : red(KEEP_GOING ? 'Some steps failed' : 'Stopped at a failing step')} in ${seconds(Date.now() - started)}s.`,
  );
  say(`${passed} passed, ${failed} failed`);
  return allOk;
}

let ok = false;
try {
  await main();
} catch (err) {
  say(red(`test-all crashed: ${err instanceof Error ? err.stack : String(err)}`));
} finally {
  ok = summary();
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
