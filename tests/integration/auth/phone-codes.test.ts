import { createHash, createHmac } from 'node:crypto';

import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { smsCodes } from '@/db/schema';
import { consumeSmsCode, createSmsCode } from '@/lib/data/sms-codes';
import { env } from '@/lib/env';
import { freshPhone } from '@/tests/support/phone';

async function rowsFor(phone: string) {
  return db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
}

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

describe('SMS codes', () => {
  it('AUTH-9: the row holds only an HMAC of the code under a server key, never the digits', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await rowsFor(phone);
    expect(row!.codeHash).not.toContain(code);
    expect(row!.codeHash).not.toBe(createHash('sha256').update(code).digest('hex'));
    const key = createHmac('sha256', env.AUTH_SECRET).update('zhishi.sms-code-key').digest();
    const expected = createHmac('sha256', key)
      .update(`${phone}\u0000sign_in\u0000${code}`)
      .digest('hex');
    expect(row!.codeHash).toBe(expected);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(
      5 * 60_000 + 1000,
    );
  });

  it('AUTH-9: a code is single use', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, code)).toBe(true);
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, code)).toBe(false);
  });

  it('AUTH-9: two concurrent consumes of the same code: exactly one succeeds', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    const results = await Promise.all([
      consumeSmsCode({ phone, purpose: 'sign_in' }, code),
      consumeSmsCode({ phone, purpose: 'sign_in' }, code),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('AUTH-9: an expired code is refused', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    await db
      .update(smsCodes)
      .set({ expiresAt: sql`NOW(3) - INTERVAL 1 SECOND` })
      .where(eq(smsCodes.phone, phone));
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, code)).toBe(false);
  });

  it('AUTH-9: the 6th attempt is refused even with the right code', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    for (let i = 0; i < 5; i++)
      expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, wrongCode(code))).toBe(false);
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, code)).toBe(false);
    const [row] = await rowsFor(phone);
    expect(row!.attempts).toBe(5);
    expect(row!.usedAt).toBeNull();
  });

  it('AUTH-9: four wrong tries still leave the right code usable', async () => {
    const phone = freshPhone();
    const code = await createSmsCode({ phone, purpose: 'sign_in' });
    for (let i = 0; i < 4; i++) await consumeSmsCode({ phone, purpose: 'sign_in' }, 'abc');
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, code)).toBe(true);
  });

  it('AUTH-9: codes are purpose-bound: a link or sign-up code cannot sign in', async () => {
    const phone = freshPhone();
    const link = await createSmsCode({ phone, purpose: 'link', userId: 'u'.repeat(22) });
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, link)).toBe(false);
    const signUp = await createSmsCode({ phone, purpose: 'sign_up' });
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, signUp)).toBe(false);
    expect(await consumeSmsCode({ phone, purpose: 'sign_up' }, signUp)).toBe(true);
    // A link code is also bound to the user it was sent for.
    expect(await consumeSmsCode({ phone, purpose: 'link', userId: 'v'.repeat(22) }, link)).toBe(
      false,
    );
    expect(await consumeSmsCode({ phone, purpose: 'link', userId: 'u'.repeat(22) }, link)).toBe(
      true,
    );
  });

  it('AUTH-9: a new code voids the previous one', async () => {
    const phone = freshPhone();
    const first = await createSmsCode({ phone, purpose: 'sign_in' });
    const second = await createSmsCode({ phone, purpose: 'sign_in' });
    if (first !== second)
      expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, first)).toBe(false);
    const live = await db
      .select()
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, phone), sql`${smsCodes.usedAt} IS NULL`));
    expect(live).toHaveLength(1);
    expect(await consumeSmsCode({ phone, purpose: 'sign_in' }, second)).toBe(true);
  });
});
