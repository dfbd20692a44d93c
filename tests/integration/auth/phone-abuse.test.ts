import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { smsOutbox, users } from '@/db/schema';
import { requestPhoneCodeAction } from '@/lib/actions/auth/request-phone-code';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { asClient, freshIp, freshPhone } from '@/tests/support/phone';

/** A number that has an account, so sign-in codes are really sent. */
async function phoneWithAccount(): Promise<string> {
  const phone = freshPhone();
  const user = await createTestUser();
  await db.update(users).set({ phone }).where(eq(users.id, user.id));
  return phone;
}

async function request(phone: string, ip: string, purpose = 'sign_in') {
  asClient(ip);
  return (await runAction(requestPhoneCodeAction, { phone, purpose, locale: 'en' })).state!;
}

async function sentTo(phone: string): Promise<number> {
  return (await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, phone))).length;
}

const MINUTE = 60_000;
const advance = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => vi.useRealTimers());

describe('SMS sending limits', () => {
  it('ABUSE-5: one code per phone per minute, then 429 with Retry-After', async () => {
    const phone = await phoneWithAccount();
    expect((await request(phone, freshIp())).ok).toBe(true);
    const refused = await request(phone, freshIp());
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(refused.ok === false && refused.retryAfter).toBeGreaterThan(0);
    expect(refused.ok === false && refused.retryAfter).toBeLessThanOrEqual(60);
    expect(await sentTo(phone)).toBe(1);
    advance(MINUTE + 1000);
    expect((await request(phone, freshIp())).ok).toBe(true);
  });

  it('ABUSE-5: five per phone per hour, ten per day', async () => {
    const phone = await phoneWithAccount();
    for (let i = 0; i < 5; i++) {
      expect((await request(phone, freshIp())).ok).toBe(true);
      advance(MINUTE + 1000);
    }
    const hourly = await request(phone, freshIp());
    expect(hourly).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(hourly.ok === false && hourly.retryAfter).toBeGreaterThan(60);
    advance(60 * MINUTE);
    for (let i = 0; i < 5; i++) {
      expect((await request(phone, freshIp())).ok).toBe(true);
      advance(MINUTE + 1000);
    }
    advance(60 * MINUTE);
    const daily = await request(phone, freshIp());
    expect(daily).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(daily.ok === false && daily.retryAfter).toBeGreaterThan(3600);
    expect(await sentTo(phone)).toBe(10);
  });

  it('ABUSE-5: twenty per client IP per hour', async () => {
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect((await request(freshPhone(), ip, 'sign_up')).ok).toBe(true);
    const phone = freshPhone();
    expect(await request(phone, ip, 'sign_up')).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await sentTo(phone)).toBe(0);
    advance(60 * MINUTE + 1000);
    expect((await request(phone, ip, 'sign_up')).ok).toBe(true);
  });

  it('ABUSE-5: sixty per /24 network per hour, whatever the addresses inside it', async () => {
    const base = freshIp().split('.').slice(0, 3).join('.');
    for (let i = 0; i < 60; i++)
      expect((await request(freshPhone(), `${base}.${100 + (i % 3)}`, 'sign_up')).ok).toBe(true);
    const refused = await request(freshPhone(), `${base}.200`, 'sign_up');
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('ABUSE-5: premium-rate and unlisted-country numbers are refused without sending', async () => {
    const premium = await request('+44 909 8790000', freshIp(), 'sign_up');
    expect(premium).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      fieldErrors: { phone: ['Phone.errors.unsupported'] },
    });
    const france = await request('+33 6 12 34 56 78', freshIp(), 'sign_up');
    expect(france).toMatchObject({
      ok: false,
      fieldErrors: { phone: ['Phone.errors.unsupported'] },
    });
    expect(await sentTo('+449098790000')).toBe(0);
    expect(await sentTo('+33612345678')).toBe(0);
  });
});
