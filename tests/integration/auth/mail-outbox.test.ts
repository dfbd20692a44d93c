import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { db, pool } from '@/db';
import { mailOutbox } from '@/db/schema';
import { OUTBOX_RETENTION_DAYS, recordMail } from '@/lib/data/mail-outbox';

const TOKEN = 'secret-token-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

/**
 * Loads the modules again as a production build sees them: NODE_ENV=production and no APP_ENV, so
 * lib/env.ts derives APP_ENV itself. Returns the fresh modules and a way to close their pool.
 */
async function asProductionBuild() {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('APP_ENV', '');
  // Production refuses the Stripe emulator's key, so this deployment brings a test-mode key.
  vi.stubEnv('STRIPE_SECRET_KEY', 'sk_test_production_mode');
  vi.resetModules();
  const fresh = await import('@/db');
  const outbox = await import('@/lib/data/mail-outbox');
  const mail = await import('@/lib/mail/send');
  const page = await import('@/app/dev/mailbox/page');
  const { env } = await import('@/lib/env');
  // db/index.ts reuses the process pool kept on globalThis; close only a pool made here.
  const close = async () => {
    if (fresh.pool !== pool) await fresh.pool.end();
  };
  return { db: fresh.db, outbox, mail, page, env, close };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('mail outbox', () => {
  it('AUTH-3: a production build without APP_ENV stores no subject or body, so no token reaches the database', async () => {
    const prod = await asProductionBuild();
    try {
      expect(prod.env.APP_ENV).toBe('production');
      const to = `prod-${Date.now()}@test.local`;
      const id = await prod.mail.sendMail({
        to,
        template: 'resetPassword',
        locale: 'en',
        params: { url: `http://localhost:3000/reset-password?token=${TOKEN}`, minutes: 30 },
      });
      const [row] = await prod.db.select().from(mailOutbox).where(eq(mailOutbox.id, id!));
      expect(row).toMatchObject({ toAddress: to, template: 'resetPassword' });
      expect(row!.subject).toBeNull();
      expect(row!.textBody).toBeNull();
      expect(row!.htmlBody).toBeNull();
      expect(JSON.stringify(row)).not.toContain(TOKEN);
    } finally {
      await prod.close();
    }
  });

  it('AUTH-3: development and test keep the body for the dev mailbox', async () => {
    const to = `dev-${Date.now()}@test.local`;
    const id = await recordMail({
      to,
      subject: 'Reset',
      text: `link ${TOKEN}`,
      html: `<a>${TOKEN}</a>`,
      template: 'resetPassword',
    });
    const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(row!.textBody).toContain(TOKEN);
  });

  it('AUTH-3: the dev mailbox answers 404 in a production build without APP_ENV (page and data layer)', async () => {
    const prod = await asProductionBuild();
    try {
      await expect(prod.outbox.listOutbox(10)).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(prod.page.default({ searchParams: Promise.resolve({}) })).rejects.toMatchObject({
        digest: expect.stringContaining('404'),
      });
    } finally {
      await prod.close();
    }
  });

  it('rows older than the retention window are pruned on the next write', async () => {
    const old = new Date(Date.now() - (OUTBOX_RETENTION_DAYS + 1) * 24 * 3600 * 1000);
    const recent = new Date(Date.now() - (OUTBOX_RETENTION_DAYS - 1) * 24 * 3600 * 1000);
    const base = { subject: null, textBody: null, template: 'resetPassword' };
    const [oldRow] = await db
      .insert(mailOutbox)
      .values({ ...base, toAddress: 'old@test.local', createdAt: old })
      .$returningId();
    const [recentRow] = await db
      .insert(mailOutbox)
      .values({ ...base, toAddress: 'recent@test.local', createdAt: recent })
      .$returningId();
    await recordMail({ to: 'new@test.local', subject: 's', text: 't', html: 'h', template: 'x' });
    const left = await db.select({ id: mailOutbox.id }).from(mailOutbox);
    const ids = left.map((r) => r.id);
    expect(ids).not.toContain(oldRow!.id);
    expect(ids).toContain(recentRow!.id);
  });
});
