import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { LOCALES, NAMESPACES } from '@/i18n/config';

const dir = path.resolve(import.meta.dirname, '../messages');
type Tree = { [key: string]: string | Tree };

function load(locale: string, ns: string): Tree {
  return JSON.parse(readFileSync(path.join(dir, locale, `${ns}.json`), 'utf8')) as Tree;
}

/** Leaf paths with their strings: `{ 'CourseCard.enrol': 'Enrol' }`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(at, value);
    else for (const [k, v] of leaves(value, at)) out.set(k, v);
  }
  return out;
}

/** ICU argument names (`{count, plural, …}` → count); a translation must use the same ones. */
function icuArgs(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*[,}]/g)].map((m) => m[1]!)),
  ].sort();
}

const files = (locale: string) =>
  readdirSync(path.join(dir, locale))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));

describe('message catalogues', () => {
  it('have a file per namespace of i18n/config.ts in every locale, and no unlisted files', () => {
    for (const locale of LOCALES) {
      for (const ns of NAMESPACES)
        expect(existsSync(path.join(dir, locale, `${ns}.json`)), `${locale}/${ns}.json`).toBe(true);
      expect(files(locale).sort()).toEqual([...NAMESPACES].sort());
    }
  });

  it.each([...NAMESPACES])('%s has identical key sets in en and zh-CN', (ns) => {
    const en = leaves(load('en', ns));
    const zh = leaves(load('zh-CN', ns));
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each([...NAMESPACES])(
    '%s uses the same ICU arguments in both locales and no empty strings',
    (ns) => {
      const en = leaves(load('en', ns));
      const zh = leaves(load('zh-CN', ns));
      for (const [key, text] of en) {
        const other = zh.get(key);
        if (other === undefined) continue;
        expect(icuArgs(other), `${ns}.${key}`).toEqual(icuArgs(text));
        expect(text.trim().length > 0 && other.trim().length > 0, `${ns}.${key} is empty`).toBe(
          true,
        );
      }
    },
  );
});
