import { describe, expect, it } from 'vitest';

import { LOCALES } from '@/i18n/config';
import nextConfig, { MESSAGE_CATALOGS, serverActionOrigins } from '@/next.config.mjs';

describe('next.config', () => {
  it('NEXT-5: server actions accept only the APP_URL host, never a wildcard or null', () => {
    expect(serverActionOrigins('https://zhishi.example/')).toEqual(['zhishi.example']);
    expect(serverActionOrigins('http://127.0.0.1:3103')).toEqual(['127.0.0.1:3103']);
    expect(serverActionOrigins(undefined)).toEqual(['localhost:3000']);
    const origins = nextConfig.experimental?.serverActions?.allowedOrigins ?? [];
    expect(origins).toHaveLength(1);
    for (const o of origins) expect(o).not.toMatch(/\*|null/);
  });

  it('compiles the message catalogues of exactly the locales the app serves', () => {
    expect(MESSAGE_CATALOGS.locales).toEqual([...LOCALES]);
    expect(MESSAGE_CATALOGS.precompile).toBe(true);
  });
});
