import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A tiny platform budget for this file only (lib/env.ts reads it at import).
vi.hoisted(() => {
  process.env.SMS_DAILY_BUDGET = '3';
});
vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { smsOutbox, users } from '@/db/schema';
import { requestPhoneCodeAction } from '@/lib/actions/auth/request-phone-code';
import { logger } from '@/lib/logger';
import { resetLimit } from '@/lib/rate-limit';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { asClient, freshIp, freshPhone } from '@/tests/support/phone';

async function request(phone: string, purpose: 'sign_in' | 'sign_up') {
  asClient(freshIp());
  return (await runAction(requestPhoneCodeAction, { phone, purpose, locale: 'en' })).state!;
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  await resetLimit('smsDailyBudget', 'global');
});
afterEach(() => vi.useRealTimers());

describe('SMS daily budget', () => {
  it('ABUSE-5: when the daily budget is spent every send stops, for every number alike, until it refills', async () => {
    const alert = vi.spyOn(logger, 'error');
    for (let i = 0; i < 3; i++) expect((await request(freshPhone(), 'sign_up')).ok).toBe(true);
    expect(alert).not.toHaveBeenCalled();

    const fresh = freshPhone();
    const refused = await request(fresh, 'sign_up');
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(refused.ok === false && refused.retryAfter).toBeGreaterThan(3600);
    expect(alert).toHaveBeenCalledWith(
      expect.objectContaining({ alert: 'sms_daily_budget_exhausted', budget: 3 }),
      expect.any(String),
    );

    // A number with an account and one without get the same refusal (AUTH-2), and nothing is sent.
    const owner = await createTestUser();
    const known = freshPhone();
    await db.update(users).set({ phone: known }).where(eq(users.id, owner.id));
    const a = await request(known, 'sign_in');
    const b = await request(freshPhone(), 'sign_in');
    const strip = (s: typeof a) => ({ ...s, retryAfter: 0, values: undefined });
    expect(strip(a)).toEqual(strip(b));
    expect(a).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, known))).toHaveLength(0);
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, fresh))).toHaveLength(0);

    vi.setSystemTime(Date.now() + 24 * 3600_000 + 1000);
    expect((await request(freshPhone(), 'sign_up')).ok).toBe(true);
  });
});
