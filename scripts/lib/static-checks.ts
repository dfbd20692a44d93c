import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

/** A source file as the checks see it: repo-relative POSIX path plus its text. */
export type SourceFile = { path: string; content: string };
export type Violation = { path: string; line?: number; message: string };

export const MAX_LINES = 300;
export const SIZE_DIRS = ['app', 'lib', 'db', 'components', 'i18n'];
export const SIZE_EXCLUDES = ['db/migrations/', 'components/ui/'];
export const ENV_SCOPE = ['app/', 'lib/', 'db/', 'components/', 'i18n/', 'proxy.ts'];
export const ENV_READER = 'lib/env.ts';
/** Who may import the connection (`db`, `pool`): the data layer, payments, the recs loader, scripts and tests (STYLE §3). */
export const DB_IMPORT_ALLOWED = [
  'lib/data/',
  'lib/payments/',
  'lib/recs/load-index.ts',
  'scripts/',
  'tests/',
  'e2e/',
  'db/',
  'drizzle.config.ts',
  // Libraries that must be handed the connection itself (docs/DECISIONS.md): the Auth.js Drizzle adapter
  // and rate-limiter-flexible's MySQL store. Neither reads user data for a page.
  'lib/auth/config.ts',
  'lib/rate-limit.ts',
];
const SOURCE_EXT = /\.(ts|tsx|mts|js|mjs|cjs)$/;
const SKIP_DIRS = new Set([
  'node_modules',
  '.next',
  '.git',
  '.data',
  'test-results',
  'playwright-report',
  'coverage',
  'storage',
]);

const startsWithAny = (p: string, prefixes: string[]) =>
  prefixes.some((x) => p === x || p.startsWith(x));
const isTestFile = (p: string) => /\.(test|spec)\.(ts|tsx)$/.test(p);

/** Every source file under `root` (POSIX paths relative to it), skipping build output and dependencies. */
export function walkSources(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...walkSources(root, rel));
    } else if (SOURCE_EXT.test(entry.name) || entry.name.endsWith('.css')) {
      out.push(rel);
    }
  }
  return out;
}

export function readSources(root: string, paths: string[]): SourceFile[] {
  return paths.map((p) => ({ path: p, content: readFileSync(path.join(root, p), 'utf8') }));
}

/** Blanks out comments (keeping line breaks) so prose about a rule does not trip the rule. */
export function stripComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_m, lead: string) => lead);
}

function lineOf(content: string, index: number): number {
  return content.slice(0, index).split('\n').length;
}

/** (a) STYLE §14: no file over the ceiling in app, lib, db, components, i18n (generated SQL and ui primitives excepted). */
export function checkFileSizes(files: SourceFile[], max = MAX_LINES): Violation[] {
  return files
    .filter(
      (f) =>
        SIZE_DIRS.some((d) => f.path.startsWith(`${d}/`)) && !startsWithAny(f.path, SIZE_EXCLUDES),
    )
    .map((f) => ({ f, lines: f.content.replace(/\n$/, '').split('\n').length }))
    .filter(({ lines }) => lines > max)
    .map(({ f, lines }) => ({ path: f.path, message: `${lines} lines (ceiling ${max})` }));
}

/** (b) STYLE §6 / OPS-1: lib/env.ts is the only reader of process.env in app code; tests may set it. */
export function checkProcessEnv(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (!startsWithAny(f.path, ENV_SCOPE) || f.path === ENV_READER || isTestFile(f.path)) continue;
    const code = stripComments(f.content);
    for (const m of code.matchAll(/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/g)) {
      out.push({
        path: f.path,
        line: lineOf(code, m.index),
        message: 'reads process.env (import env from @/lib/env)',
      });
    }
  }
  return out;
}

const IMPORT_RE =
  /\b(?:import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** Repo-relative module path an import specifier points at, or null for packages. */
export function resolveSpecifier(fromFile: string, spec: string): string | null {
  if (spec.startsWith('@/')) return spec.slice(2);
  if (spec.startsWith('.'))
    return path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  return null;
}

/** True when a module path is the connection module (`db`, `db/index`), not the schema or migrations. */
export function isDbConnectionModule(target: string): boolean {
  return /^db(\/index(\.ts)?)?$/.test(target);
}

/** (c) STYLE §3: only the data layer (and tools) import the connection; schema types and constants are fine. */
export function checkDbImports(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (startsWithAny(f.path, DB_IMPORT_ALLOWED)) continue;
    const code = stripComments(f.content);
    for (const m of code.matchAll(IMPORT_RE)) {
      const spec = m[2] ?? m[3] ?? m[4] ?? '';
      const target = resolveSpecifier(f.path, spec);
      if (m[1] || !target || !isDbConnectionModule(target)) continue;
      out.push({
        path: f.path,
        line: lineOf(code, m.index),
        message: `imports ${spec} (go through lib/data/*)`,
      });
    }
  }
  return out;
}

const RAW_SQL = new RegExp(['\\bsql', 'raw\\s*\\('].join('\\.'), 'g');

/** (d) WEB-6: raw SQL strings bypass parameter binding anywhere in the codebase. */
export function checkSqlRaw(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    const code = stripComments(f.content);
    for (const m of code.matchAll(RAW_SQL)) {
      out.push({
        path: f.path,
        line: lineOf(code, m.index),
        message: 'uses sql raw strings (WEB-6)',
      });
    }
  }
  return out;
}

const MESSAGES_IMPORT = /from\s+['"]@\/messages\/[^'"]+\.json['"]/g;

/**
 * The build compiles every message file (next-intl's precompile, next.config.mjs), so a message
 * read straight from its JSON is a compiled form, not text. Outside i18n/, a file that imports one
 * must format it through `createTranslator`.
 */
export function checkMessageImports(files: SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const f of files) {
    if (f.path.startsWith('i18n/') || /\.test\.tsx?$/.test(f.path)) continue;
    const code = stripComments(f.content);
    const first = code.matchAll(MESSAGES_IMPORT).next().value;
    if (!first || code.includes('createTranslator(')) continue;
    out.push({
      path: f.path,
      line: lineOf(code, first.index),
      message: 'reads a message file without createTranslator (messages are compiled at build)',
    });
  }
  return out;
}

/** Files git tracks (the secret scan covers exactly what would be pushed); falls back to a walk outside git. */
export function trackedFiles(root: string): string[] {
  const res = spawnSync('git', ['ls-files', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status === 0)
    return res.stdout.split('\0').filter((p) => p && existsSync(path.join(root, p)));
  return walkSources(root);
}

/** (e) OPS-1: secretlint (recommend preset, `.secretlintrc.json`) over the given files. */
export function runSecretScan(opts: { root: string; files: string[]; cwd?: string }): {
  ok: boolean;
  output: string;
} {
  const bin = path.join(opts.root, 'node_modules/.bin/secretlint');
  const res = spawnSync(
    bin,
    [
      '--secretlintrc',
      path.join(opts.root, '.secretlintrc.json'),
      '--no-color',
      '--maskSecrets',
      ...opts.files,
    ],
    { cwd: opts.cwd ?? opts.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { ok: res.status === 0, output: `${res.stdout ?? ''}${res.stderr ?? ''}`.trim() };
}

/** Where import cycles are looked for: everything the app and its tools import. */
export const CYCLE_DIRS = ['app', 'components', 'lib', 'db', 'i18n', 'scripts', 'tests', 'e2e'];

/**
 * STYLE §14: no import cycles. dependency-cruiser walks the graph once (about 2 s); the equivalent
 * lint rule re-resolved it per file and took over 90% of lint time (docs/DECISIONS.md). Type-only
 * edges are left out, as they vanish at compile time.
 */
export async function checkImportCycles(root: string, dirs = CYCLE_DIRS): Promise<Violation[]> {
  const tsConfigFile = path.join(root, 'tsconfig.json');
  const result = await cruise(
    dirs.filter((d) => existsSync(path.join(root, d))).map((d) => path.join(root, d)),
    {
      baseDir: root,
      validate: true,
      ruleSet: {
        forbidden: [
          {
            name: 'no-circular',
            severity: 'error',
            from: {},
            to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
          },
        ],
      },
      doNotFollow: { path: 'node_modules' },
      exclude: { path: '(^|/)(node_modules|\\.next|\\.data)/' },
      tsConfig: { fileName: tsConfigFile },
      tsPreCompilationDeps: true,
    },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  const { summary } = result.output as ICruiseResult;
  return summary.violations.map((v) => ({
    path: v.from,
    message: `import cycle: ${[v.from, ...(v.cycle ?? []).map((c) => c.name)].join(' → ')}`,
  }));
}
