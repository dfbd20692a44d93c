import {
  checkDbImports,
  checkMessageImports,
  checkImportCycles,
  checkFileSizes,
  checkProcessEnv,
  checkSqlRaw,
  MAX_LINES,
  readSources,
  runSecretScan,
  trackedFiles,
  walkSources,
  type Violation,
} from './lib/static-checks';
import { REPO_ROOT } from './lib/database';

/** `npm run check:static`: the house rules a grep can prove (STYLE §§3, 6, 14; WEB-6; OPS-1). */
async function main(): Promise<number> {
  const files = readSources(REPO_ROOT, walkSources(REPO_ROOT));
  const checks: [
    string,
    () => Violation[] | { ok: boolean; output: string } | Promise<Violation[]>,
  ][] = [
    [`file size ≤ ${MAX_LINES} lines (app lib db components i18n)`, () => checkFileSizes(files)],
    ['process.env only in lib/env.ts', () => checkProcessEnv(files)],
    ['db connection imported only by the data layer', () => checkDbImports(files)],
    ['no raw SQL strings (sql.raw)', () => checkSqlRaw(files)],
    ['message files read through createTranslator', () => checkMessageImports(files)],
    ['no import cycles (dependency-cruiser)', () => checkImportCycles(REPO_ROOT)],
    [
      'secret scan (secretlint, tracked files)',
      () => runSecretScan({ root: REPO_ROOT, files: trackedFiles(REPO_ROOT) }),
    ],
  ];
  let failed = 0;
  for (const [name, run] of checks) {
    const started = performance.now();
    const result = await run();
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    const ok = Array.isArray(result) ? result.length === 0 : result.ok;
    console.log(`${ok ? '✔' : '✘'} ${name} (${secs}s)`);
    if (ok) continue;
    failed += 1;
    if (Array.isArray(result)) {
      for (const v of result)
        console.log(`    ${v.path}${v.line ? `:${v.line}` : ''}  ${v.message}`);
    } else {
      console.log(result.output.replace(/^/gm, '    '));
    }
  }
  console.log(
    `${checks.length - failed} of ${checks.length} static checks passed (${files.length} source files).`,
  );
  return failed === 0 ? 0 : 1;
}

process.exit(await main());
