import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { smsOutbox } from '@/db/schema';
import { listSmsOutbox, recordSms, smsOutboxKeepsBodies } from '@/lib/data/sms-outbox';
import { env } from '@/lib/env';
import { freshPhone } from '@/tests/support/phone';

const mutableEnv = env as { APP_ENV: typeof env.APP_ENV };
const original = env.APP_ENV;
afterEach(() => {
  mutableEnv.APP_ENV = original;
  vi.useRealTimers();
});

describe('SMS outbox', () => {
  it('AUTH-9: outside development and test the outbox keeps no message body and cannot be listed', async () => {
    expect(smsOutboxKeepsBodies('development')).toBe(true);
    expect(smsOutboxKeepsBodies('test')).toBe(true);
    expect(smsOutboxKeepsBodies('staging')).toBe(false);
    expect(smsOutboxKeepsBodies('production')).toBe(false);
    const phone = freshPhone();
    mutableEnv.APP_ENV = 'staging';
    const id = await recordSms({
      to: phone,
      template: 'code',
      body: 'code 123456',
      provider: 'twilio',
    });
    const [row] = await db.select().from(smsOutbox).where(eq(smsOutbox.id, id));
    expect(row).toMatchObject({ toPhone: phone, template: 'code', body: null, provider: 'twilio' });
    await expect(listSmsOutbox(10, phone)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    mutableEnv.APP_ENV = 'test';
    await recordSms({ to: phone, template: 'code', body: 'code 654321', provider: 'outbox' });
    expect((await listSmsOutbox(10, phone))[0]?.body).toBe('code 654321');
  });

  it('rows older than 30 days are pruned on the next write', async () => {
    const phone = freshPhone();
    await recordSms({ to: phone, template: 'code', body: 'old', provider: 'outbox' });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31 * 24 * 3600_000);
    await recordSms({ to: freshPhone(), template: 'code', body: 'new', provider: 'outbox' });
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, phone))).toHaveLength(0);
  });
});
