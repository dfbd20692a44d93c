import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { NAMESPACES } from '@/i18n/config';

const root = path.resolve(import.meta.dirname, '..');

/** Every leaf key of messages/en as `Namespace.a.b`. */
function englishKeys(): Set<string> {
  const out = new Set<string>();
  const walk = (tree: unknown, at: string) => {
    if (typeof tree === 'string') out.add(at);
    else if (tree && typeof tree === 'object')
      for (const [k, v] of Object.entries(tree)) walk(v, `${at}.${k}`);
  };
  for (const ns of NAMESPACES)
    walk(JSON.parse(readFileSync(path.join(root, 'messages/en', `${ns}.json`), 'utf8')), ns);
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

/**
 * Helpers that take a key and throw it as an AppError (`refuse('Validation.imageTooLarge')`): the
 * helper's own `new AppError(code, message)` passes a variable, so its call sites are checked instead.
 */
const FORWARDERS: Record<string, string> = { 'lib/account/avatar.ts': 'refuse' };

/**
 * Variables thrown as an AppError's message (`new AppError('CONFLICT', check.blockedBy)`): every
 * literal assigned to them (`blockedBy = 'Orders.refund.blocked.window'`) is checked instead.
 */
const KEY_VARIABLES: Record<string, string> = { 'lib/payments/refunds.ts': 'blockedBy' };

/**
 * Maps from a problem to its key (`COUPON_MESSAGES[problem]`): every literal value in the map's
 * definition is checked instead.
 */
const KEY_MAPS: Record<string, string> = {
  'lib/payments/coupons.ts': 'COUPON_MESSAGES',
  'lib/data/studio-pricing.ts': 'PRICE_MESSAGES',
};

const NEW_APP_ERROR = /new AppError\(\s*(?:'[A-Z_]+'|[A-Za-z_.]+)\s*,\s*([^,)]+)/g;
const KEY_LITERAL = /^'([^']+)'$/;

/** `[file, message literal or expression]` for every AppError built in lib/ and app/. */
function appErrorMessages(): [string, string][] {
  const out: [string, string][] = [];
  for (const file of [...sources('lib'), ...sources('app')]) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(NEW_APP_ERROR)) out.push([file, m[1]!.trim()]);
    const variable = KEY_VARIABLES[file];
    if (variable)
      for (const m of text.matchAll(new RegExp(`\\b${variable} = ('[^']*')`, 'g')))
        out.push([file, m[1]!]);
    const map = KEY_MAPS[file];
    const body = map
      ? new RegExp(`const ${map}\\b[^=]*= \\{([^}]*)\\}`).exec(text)?.[1]
      : undefined;
    if (map && body === undefined) out.push([file, `${map} (definition not found)`]);
    if (body) for (const m of body.matchAll(/:\s*('[^']*')/g)) out.push([file, m[1]!]);
    const helper = FORWARDERS[file];
    if (helper)
      for (const m of text.matchAll(new RegExp(`\\b${helper}\\(\\s*([^,)]+)`, 'g')))
        if (!m[0].includes(`${helper}(message`)) out.push([file, m[1]!.trim()]);
  }
  return out;
}

describe('AppError messages', () => {
  const keys = englishKeys();
  const found = appErrorMessages();

  it('finds the AppErrors of lib/ and app/ (the scan is not empty)', () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found).toContainEqual(['lib/auth/viewer.ts', "'Errors.forbidden'"]);
  });

  it('are i18n keys present in messages/en, never English sentences', () => {
    const bad = found.filter(([file, arg]) => {
      if (FORWARDERS[file] && arg === 'message') return false;
      if (KEY_VARIABLES[file] && arg.endsWith(KEY_VARIABLES[file])) return false;
      if (KEY_MAPS[file] && /^[A-Z_]+(\[|\.)/.test(arg) && arg.startsWith(KEY_MAPS[file]))
        return false;
      const key = KEY_LITERAL.exec(arg)?.[1];
      return !key || !keys.has(key);
    });
    expect(bad).toEqual([]);
  });
});
