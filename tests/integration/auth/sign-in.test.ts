import { hash } from '@node-rs/argon2';
import * as argon2 from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof argon2>();
  return { ...real, verify: vi.fn(real.verify) };
});

import { db } from '@/db';
import { users } from '@/db/schema';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { getViewer } from '@/lib/auth/guards';
import { listOutbox } from '@/lib/data/mail-outbox';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { resetRequest, setClientIp } from '@/tests/support/next-headers';

let ipCounter = 0;
/** A fresh client address per test so per-IP windows never leak between tests. */
function freshIp() {
  ipCounter += 1;
  return `203.0.113.${ipCounter}`;
}

async function signIn(email: string, password: string, ip: string) {
  resetRequest();
  setClientIp(ip);
  return runAction(signInAction, { email, password });
}

beforeEach(() => resetRequest());
afterEach(() => vi.useRealTimers());

describe('credentials sign-in', () => {
  it('signs in with the right password and issues a session', async () => {
    const user = await createTestUser();
    const out = await signIn(user.email, user.password, freshIp());
    expect(out.redirect).toBe('http://localhost:3000/');
    expect((await getViewer())?.id).toBe(user.id);
  });

  it('AUTH-1: a hash with weak parameters is replaced by a policy hash on sign-in', async () => {
    const weak = await hash('weak-params-password', {
      algorithm: 2,
      memoryCost: 4096,
      timeCost: 1,
      parallelism: 1,
    });
    const user = await createTestUser({ password: 'weak-params-password', passwordHash: weak });
    const out = await signIn(user.email, 'weak-params-password', freshIp());
    expect(out.redirect).toBeDefined();
    const [row] = await db
      .select({ h: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.id));
    expect(row!.h).not.toBe(weak);
    expect(row!.h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('AUTH-2: unknown email and wrong password get the same answer, and both run argon2 verify', async () => {
    const user = await createTestUser();
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();
    const unknown = await signIn('nobody-here@test.local', 'whatever-password', freshIp());
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockClear();
    const wrong = await signIn(user.email, 'not-the-password', freshIp());
    expect(verify).toHaveBeenCalledTimes(1);
    const strip = (s: typeof unknown.state) => ({ ...s, values: undefined });
    expect(unknown.state).toMatchObject({ ok: false, formError: 'Auth.signIn.invalid' });
    expect(strip(unknown.state)).toEqual(strip(wrong.state));
    expect(Object.keys(unknown.state!).sort()).toEqual(Object.keys(wrong.state!).sort());
  });

  it('AUTH-2: a locked account answers exactly like a wrong password', async () => {
    const user = await createTestUser();
    await db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() + 600_000) })
      .where(eq(users.id, user.id));
    const locked = await signIn(user.email, user.password, freshIp());
    const wrong = await signIn(user.email, 'nope-nope-nope', freshIp());
    expect(locked.state).toEqual(wrong.state);
  });

  it('AUTH-5: five wrong passwords from one IP, then the right one is refused with retry-after; 15 min later it works', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const user = await createTestUser();
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      const out = await signIn(user.email, `wrong-${i}-password`, ip);
      expect(out.state).toMatchObject({ ok: false, code: 'INVALID' });
    }
    const sixth = await signIn(user.email, user.password, ip);
    expect(sixth.state).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      formError: 'Errors.rateLimited',
    });
    const retryAfter = (sixth.state as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // The owner elsewhere is not locked out by the attacker's window (per account+IP key).
    const elsewhere = await signIn(user.email, user.password, freshIp());
    expect(elsewhere.redirect).toBeDefined();

    vi.setSystemTime(Date.now() + 15 * 60_000 + 1000);
    const later = await signIn(user.email, user.password, ip);
    expect(later.redirect).toBeDefined();
  });

  it('AUTH-5: the rate-limit answer is the same for an address with no account', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await signIn('ghost@test.local', `wrong-${i}-password`, ip);
    const out = await signIn('ghost@test.local', 'anything-at-all', ip);
    expect(out.state).toMatchObject({
      ok: false,
      code: 'RATE_LIMITED',
      formError: 'Errors.rateLimited',
    });
  });

  it('AUTH-6: ten failures from any IPs lock the account for 15 minutes, the owner is mailed, then sign-in works and the counter resets', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const user = await createTestUser();
    const ips = [freshIp(), freshIp()];
    for (let i = 0; i < 10; i++) {
      await signIn(user.email, `guess-${i}-password`, ips[i % 2]!);
    }
    const refused = await signIn(user.email, user.password, freshIp());
    expect(refused.state).toMatchObject({
      ok: false,
      code: 'INVALID',
      formError: 'Auth.signIn.invalid',
    });
    const mails = await listOutbox(10, user.email);
    expect(mails.map((m) => m.template)).toContain('accountLocked');

    vi.setSystemTime(Date.now() + 15 * 60_000 + 1000);
    const after = await signIn(user.email, user.password, freshIp());
    expect(after.redirect).toBeDefined();
    const [row] = await db
      .select({ failed: users.failedLoginCount, lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.id, user.id));
    expect(row).toEqual({ failed: 0, lockedUntil: null });
  });

  it('a suspended user cannot sign in', async () => {
    const user = await createTestUser({ status: 'suspended' });
    const out = await signIn(user.email, user.password, freshIp());
    expect(out.redirect).toBeUndefined();
    expect(out.state).toMatchObject({ ok: false, formError: 'Auth.signIn.suspended' });
  });
});
