// `npm run bench:lighthouse`: Lighthouse (phone profile) against a production build on a fresh,
// seeded database, as a first-time visitor sees it: home, a course page, search and a lesson page.
// Prints the four category scores and the JavaScript behind them beside two floors measured in the
// same run: the framework's (a bare Next app of the same versions, one dynamic page, none of our
// code: scripts/lighthouse-floor) and our root layout's (the trivial /forbidden page). Never asserts.
// Flags: --no-build reuses the last `next build`; --runs=N takes the median of N runs per page;
// --out=DIR keeps each run's full Lighthouse report (JSON) in DIR.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { testSecrets } from './e2e.mjs';
import {
  bold,
  CHROMIUM,
  databaseUp,
  dim,
  portInUse,
  ROOT,
  run,
  say,
  withDatabase,
} from './lib/steps.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3000);
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 1);
const outDir = args.find((a) => a.startsWith('--out='))?.slice(6);
const BASE = `http://127.0.0.1:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function waitForServer(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

/**
 * The framework's floor: scripts/lighthouse-floor copied to a temporary folder (outside the project,
 * so Next finds none of our config, proxy or instrumentation), with next, react and react-dom at our
 * versions from the npm registry, built and served on PORT + 1. Returns its folder and its server;
 * the server is null when the app cannot be installed or built (offline): the run goes on without it.
 */
async function startFrameworkFloor() {
  const dir = await mkdtemp(path.join(tmpdir(), 'zhishi-lh-floor-'));
  const { dependencies } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
  await cp(path.join(ROOT, 'scripts/lighthouse-floor'), dir, { recursive: true });
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ private: true }));
  const deps = ['next', 'react', 'react-dom'].map((n) => `${n}@${dependencies[n]}`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const ok =
    (
      await run(
        'Install the bare Next app',
        'npm',
        ['install', '--no-audit', '--no-fund', ...deps],
        {
          cwd: dir,
          env,
        },
      )
    ).code === 0 &&
    (await run('Build the bare Next app', 'npx', ['next', 'build'], { cwd: dir, env })).code === 0;
  if (!ok) return { dir, server: null };
  const server = spawn('npx', ['next', 'start', '-p', String(PORT + 1), '-H', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: 'ignore',
    detached: true,
  });
  return { dir, server };
}

const stop = (server) => {
  if (!server?.pid) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};

/** The pages to measure, found the way a visitor finds them: links on the pages themselves. */
async function pickUrls() {
  const home = await (await fetch(`${BASE}/`)).text();
  const course = /href="(\/courses\/[^"#?]+)"/.exec(home)?.[1];
  // Our floor: this build's trivial page (our root layout, a heading, a sentence, two links).
  const pages = [
    ['app floor', '/forbidden'],
    ['home', '/'],
    ['course', course],
    ['search', '/search?q=Python'],
  ];
  if (course) {
    const html = await (await fetch(`${BASE}${course}`)).text();
    const lesson = /href="(\/learn\/[^"#?]+\/[^"#?]+)"/.exec(html)?.[1];
    pages.push(['lesson', lesson]);
  }
  return pages;
}

async function lighthouse(url, dir, name) {
  const out = path.join(dir, `lh-${name}.json`);
  const res = await run(
    `Lighthouse ${url}`,
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  if (res.code !== 0) return null;
  const lhr = JSON.parse(await readFile(out, 'utf8'));
  const scripts = (lhr.audits['network-requests']?.details?.items ?? []).filter(
    (r) => r.resourceType === 'Script',
  );
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ),
    tbt: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    lcp: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    scripts: scripts.length,
    scriptKb: Math.round(scripts.reduce((n, r) => n + (r.transferSize ?? 0), 0) / 1024),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id)
      .slice(0, 8),
  };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if ((await portInUse(PORT)) || (await portInUse(PORT + 1))) {
    say(`Port ${PORT} or ${PORT + 1} is busy; pick another with E2E_PORT.`);
    return 1;
  }
  const up = await databaseUp();
  if (!up.db) return 1;
  const name = `zhishi_e2e_lh${randomBytes(4).toString('hex')}`;
  const env = {
    ...process.env,
    ...testSecrets(),
    APP_URL: BASE,
    DATABASE_URL: withDatabase(up.db.serverUrl, name),
  };
  const dir = outDir ? path.resolve(outDir) : await mkdtemp(path.join(tmpdir(), 'zhishi-lh-'));
  if (outDir) await mkdir(dir, { recursive: true });
  let server;
  let floor;
  try {
    floor = await startFrameworkFloor();
    if ((await run(`Migrate ${name}`, 'npx', ['tsx', 'scripts/db-migrate.ts'], { env })).code)
      return 1;
    if ((await run('Seed', 'npm', ['run', 'db:seed'], { env })).code) return 1;
    if ((await run('Build recommendations', 'npm', ['run', 'recs:build'], { env })).code) return 1;
    if (build && (await run('next build', 'npx', ['next', 'build'], { env })).code) return 1;
    server = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
      cwd: ROOT,
      env,
      stdio: 'ignore',
      detached: true,
    });
    if (!(await waitForServer(`${BASE}/api/health/live`))) {
      say('The server did not start.');
      return 1;
    }
    const rows = [];
    const FLOOR = `http://127.0.0.1:${PORT + 1}`;
    const frameworkUp = !!floor.server && (await waitForServer(`${FLOOR}/`));
    const pages = [
      ['framework', frameworkUp ? '/' : null, FLOOR],
      ...(await pickUrls()).map(([label, p]) => [label, p, BASE]),
    ];

    for (const [label, p, origin] of pages) {
      if (!p) {
        rows.push({ label, note: 'no such page in this build' });
        continue;
      }
      // One warm-up request: the first render of a route compiles nothing, but fills caches.
      await fetch(`${origin}${p}`).catch(() => undefined);
      const results = [];
      for (let r = 0; r < runs; r++) {
        const one = await lighthouse(`${origin}${p}`, dir, `${label.replace(' ', '-')}-${r}`);
        if (one) results.push(one);
      }
      if (results.length === 0) {
        rows.push({ label, path: p, note: 'Lighthouse failed' });
        continue;
      }
      const pick = (f) => median(results.map(f));
      rows.push({
        label,
        path: p,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, pick((x) => x.scores[c])])),
        tbt: pick((x) => x.tbt),
        lcp: pick((x) => x.lcp),
        scripts: pick((x) => x.scripts),
        scriptKb: pick((x) => x.scriptKb),
        failing: results[0].failing.join(' '),
      });
    }
    say(bold(`\nLighthouse (mobile, ${runs} run(s) per page, median)`));
    for (const r of rows) {
      if (r.note) {
        say(`  ${r.label.padEnd(9)} ${dim(r.note)}`);
        continue;
      }
      say(
        `  ${r.label.padEnd(9)} perf ${String(r.performance).padStart(3)}  a11y ${String(r.accessibility).padStart(3)}  best ${String(r['best-practices']).padStart(3)}  seo ${String(r.seo).padStart(3)}  TBT ${r.tbt} ms  LCP ${r.lcp} ms  JS ${r.scriptKb} KB in ${r.scripts} scripts  ${dim(r.path)}`,
      );
      if (r.failing) say(dim(`          failing audits: ${r.failing}`));
    }
    return 0;
  } finally {
    stop(server);
    stop(floor?.server);
    if (floor) await rm(floor.dir, { recursive: true, force: true });
    await run(`Drop database ${name}`, 'npx', ['tsx', 'scripts/db-drop.ts'], { env });
    if (!outDir) await rm(dir, { recursive: true, force: true });
  }
}

process.exit(await main());
