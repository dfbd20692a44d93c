import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const envSource = readFileSync(path.join(root, 'lib/env.ts'), 'utf8');
const example = readFileSync(path.join(root, '.env.example'), 'utf8');

/** Variables Next.js reads itself; documented in .env.example but never validated by lib/env.ts. */
const FRAMEWORK_VARS = ['NEXT_SERVER_ACTIONS_ENCRYPTION_KEY'];

/** `NAME: z.…` entries of the server schema, with whether each has a default or is optional. */
function schemaVars(): Map<string, { required: boolean }> {
  const block = envSource.slice(
    envSource.indexOf('const server = {'),
    envSource.indexOf('};', envSource.indexOf('const server = {')),
  );
  const vars = new Map<string, { required: boolean }>();
  for (const m of block.matchAll(/^\s+([A-Z][A-Z0-9_]*):\s*(z\..*)$/gm)) {
    vars.set(m[1]!, { required: !/\.default\(|\.optional\(\)/.test(m[2]!) });
  }
  return vars;
}

/** Names in .env.example (set or commented out), grouped by the section they appear under. */
function exampleVars(): { name: string; section: string; commentAbove: boolean }[] {
  const out: { name: string; section: string; commentAbove: boolean }[] = [];
  let section = '';
  const lines = example.split('\n');
  lines.forEach((line, i) => {
    const heading = line.match(/^#\s*─+\s*(.+?)\s*─+/);
    if (heading) section = heading[1]!;
    const m = line.match(/^#?\s?([A-Z][A-Z0-9_]*)=/);
    if (m) out.push({ name: m[1]!, section, commentAbove: /^#\s+\S/.test(lines[i - 1] ?? '') });
  });
  return out;
}

describe('.env.example', () => {
  it('lists exactly the variables lib/env.ts validates, plus the ones Next.js reads itself', () => {
    const documented = exampleVars().map((v) => v.name);
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...schemaVars().keys(), ...FRAMEWORK_VARS].sort());
  });

  it('puts variables without a default under Required and the rest under Optional', () => {
    const vars = schemaVars();
    for (const v of exampleVars()) {
      if (FRAMEWORK_VARS.includes(v.name)) continue;
      expect(
        v.section.startsWith(vars.get(v.name)!.required ? 'Required' : 'Optional'),
        v.name,
      ).toBe(true);
    }
  });

  it('gives every variable a one-line comment above it or above its pair', () => {
    const vars = exampleVars();
    vars.forEach((v, i) => {
      const pairedWithPrevious =
        !v.commentAbove &&
        vars[i - 1]?.name.replace(/_[A-Z]+$/, '') === v.name.replace(/_[A-Z]+$/, '');
      expect(v.commentAbove || pairedWithPrevious, v.name).toBe(true);
    });
  });

  it('explains how to create every secret', () => {
    for (const name of ['AUTH_SECRET', 'MEDIA_SIGNING_KEY', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']) {
      const lines = example.split('\n');
      const at = lines.findIndex((l) => new RegExp(`^#?\\s?${name}=`).test(l));
      const comment = lines[at - 1] ?? '';
      expect(comment, name).toMatch(/Create: /);
    }
  });
});
