import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { consumeLimit, LIMITS, peekLimit } from '@/lib/rate-limit';

describe('rate-limit store', () => {
  it('AUTH-5: counts live in the shared MySQL table, so a fresh process sees them', async () => {
    const key = `store-check-${Date.now()}`;
    for (let i = 0; i < LIMITS.signUpIp.points; i++) await consumeLimit('signUpIp', key);
    const [rows] = (await db.execute(
      sql`SELECT points FROM rate_limits WHERE \`key\` LIKE 'signUpIp:%' AND points >= ${LIMITS.signUpIp.points}`,
    )) as unknown as [{ points: number }[]];
    expect(rows.length).toBeGreaterThan(0);

    // Forget every limiter this process built, as a restart or a second instance would.
    (globalThis as { zhishiLimiters?: Map<string, unknown> }).zhishiLimiters?.clear();
    expect(await peekLimit('signUpIp', key)).toBeGreaterThan(0);
    await expect(consumeLimit('signUpIp', key)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
