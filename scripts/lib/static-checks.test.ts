import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import {
  checkDbImports,
  checkFileSizes,
  checkImportCycles,
  checkProcessEnv,
  checkMessageImports,
  checkSqlRaw,
  isDbConnectionModule,
  resolveSpecifier,
  runSecretScan,
  stripComments,
} from './static-checks';

const file = (p: string, content: string) => ({ path: p, content });
const lines = (n: number) => Array.from({ length: n }, (_, i) => `const x${i} = ${i};`).join('\n');
// Assembled at runtime so the repository itself never contains the forbidden text.
const RAW = ['sql', 'raw('].join('.');

describe('checkFileSizes', () => {
  it('flags a file over the ceiling in a checked folder and names its length', () => {
    expect(checkFileSizes([file('lib/big.ts', lines(301))])).toEqual([
      { path: 'lib/big.ts', message: '301 lines (ceiling 300)' },
    ]);
  });
  it('accepts exactly the ceiling, a trailing newline, and the excluded folders', () => {
    const ok = [
      file('app/page.tsx', `${lines(300)}\n`),
      file('db/migrations/0000_init.ts', lines(900)),
      file('components/ui/dialog.tsx', lines(900)),
      file('scripts/seed.ts', lines(900)),
    ];
    expect(checkFileSizes(ok)).toEqual([]);
  });
});

describe('checkProcessEnv', () => {
  it('flags process.env in app code with its line number', () => {
    const v = checkProcessEnv([
      file('lib/a.ts', `const a = 1;\nconst k = process.env.KEY;`),
      file('proxy.ts', `process['env']`),
    ]);
    expect(v.map((x) => [x.path, x.line])).toEqual([
      ['lib/a.ts', 2],
      ['proxy.ts', 1],
    ]);
  });
  it('allows lib/env.ts, scripts, tests, test files and comments', () => {
    const ok = [
      file('lib/env.ts', 'loadEnv(process.env)'),
      file('scripts/x.ts', 'process.env.X'),
      file('tests/support/x.ts', 'process.env.X'),
      file('lib/logger.test.ts', 'process.env.X'),
      file('lib/b.ts', '// reads process.env? no\n/* process.env */ const y = 1;'),
    ];
    expect(checkProcessEnv(ok)).toEqual([]);
  });
});

describe('checkDbImports', () => {
  it('flags value imports of the connection from pages, actions and components', () => {
    const v = checkDbImports([
      file('app/(storefront)/page.tsx', "import { db } from '@/db';"),
      file('lib/actions/x/do-thing.ts', "import { pool } from '../../../db/index';"),
      file('components/x.tsx', "const m = await import('@/db');"),
    ]);
    expect(v.map((x) => x.path)).toEqual([
      'app/(storefront)/page.tsx',
      'lib/actions/x/do-thing.ts',
      'components/x.tsx',
    ]);
  });
  it('allows the data layer, type imports and the schema module', () => {
    const ok = [
      file('lib/data/courses.ts', "import { db } from '@/db';"),
      file('lib/recs/load-index.ts', "import { db } from '@/db';"),
      file('lib/auth/viewer.ts', "import type { UserRole } from '@/db/schema';"),
      file('lib/validation/catalog.ts', "import { COURSE_LEVELS } from '@/db/schema/catalog';"),
      file('lib/auth/guards.ts', "import { type Db } from 'drizzle-orm';"),
    ];
    expect(checkDbImports(ok)).toEqual([]);
  });
  it('resolves relative specifiers against the importing file', () => {
    expect(resolveSpecifier('lib/actions/a/b.ts', '../../../db')).toBe('db');
    expect(resolveSpecifier('lib/a.ts', 'mysql2')).toBeNull();
    expect(isDbConnectionModule('db')).toBe(true);
    expect(isDbConnectionModule('db/schema/users')).toBe(false);
  });
});

describe('checkSqlRaw', () => {
  it('flags raw SQL anywhere and ignores it in comments', () => {
    expect(checkSqlRaw([file('scripts/seed.ts', `x;\n${RAW}'DROP')`)])).toEqual([
      { path: 'scripts/seed.ts', line: 2, message: 'uses sql raw strings (WEB-6)' },
    ]);
    expect(checkSqlRaw([file('lib/a.ts', `// never ${RAW})\nsql\`SELECT 1\``)])).toEqual([]);
  });
});

describe('checkMessageImports', () => {
  const IMPORT = "import en from '@/messages/en/Common.json';";
  it('flags a message file read without a translator, where it is imported', () => {
    expect(checkMessageImports([file('app/x.tsx', `'use client';\n${IMPORT}\nen.title;`)])).toEqual(
      [
        {
          path: 'app/x.tsx',
          line: 2,
          message: 'reads a message file without createTranslator (messages are compiled at build)',
        },
      ],
    );
  });
  it('accepts a translator, the i18n loader and tests', () => {
    const ok = [
      file('lib/mail/t.ts', `${IMPORT}\ncreateTranslator({ locale: 'en', messages: en });`),
      file('i18n/messages.ts', IMPORT),
      file('lib/a.test.ts', IMPORT),
    ];
    expect(checkMessageImports(ok)).toEqual([]);
  });
});

describe('stripComments', () => {
  it('keeps URLs in strings and line numbers intact', () => {
    expect(stripComments("const u = 'http://x'; // note\n/* a\nb */ y")).toBe(
      "const u = 'http://x'; \n    \n     y",
    );
  });
});

describe('runSecretScan', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zhishi-secrets-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const root = path.resolve(import.meta.dirname, '../..');

  it('OPS-1: fails on a planted fake key and passes on clean files', { timeout: 30_000 }, () => {
    const planted = path.join(dir, 'leak.ts');
    // Shaped like a Slack bot token; split so this file stays clean for the real scan.
    const fakeToken = [
      'xo',
      'xb-',
      '123456789012-',
      '1234567890123-',
      'abcdefghijABCDEFGHIJklmn',
    ].join('');
    writeFileSync(planted, `export const token = '${fakeToken}';\n`);
    const clean = path.join(dir, 'clean.ts');
    writeFileSync(clean, "export const greeting = 'hello';\n");

    const leak = runSecretScan({ root, files: [planted, clean], cwd: dir });
    expect(leak.ok).toBe(false);
    expect(leak.output).toContain('leak.ts');
    expect(runSecretScan({ root, files: [clean], cwd: dir }).ok).toBe(true);
  });
});

describe('checkImportCycles', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'zhishi-cycles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (p: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    writeFileSync(path.join(root, p), content);
  };
  // Without baseUrl the resolver reads `paths` from the working directory (the repo root in
  // check:static); this folder is elsewhere, so it names its own base.
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: { baseUrl: '.', paths: { '@/*': ['./*'] } },
    }),
  );

  it('names a cycle that goes through the @/ alias, and passes once it is broken', async () => {
    write('lib/a.ts', "import { b } from './b';\nexport const a = () => b();\n");
    write('lib/b.ts', "import { a } from '@/lib/a';\nexport const b = () => a;\n");
    const found = await checkImportCycles(root, ['lib']);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/lib\/(a|b)\.ts → lib\/(a|b)\.ts/);

    write('lib/b.ts', 'export const b = () => 1;\n');
    expect(await checkImportCycles(root, ['lib'])).toEqual([]);
  });

  it('ignores a cycle made only of type imports', async () => {
    write('lib/t1.ts', "import type { T2 } from './t2';\nexport type T1 = { next?: T2 };\n");
    write('lib/t2.ts', "import type { T1 } from './t1';\nexport type T2 = { prev?: T1 };\n");
    expect(await checkImportCycles(root, ['lib'])).toEqual([]);
  });
});
