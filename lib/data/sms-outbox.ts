import 'server-only';

import { desc, eq, lt } from 'drizzle-orm';

import { db } from '@/db';
import { smsOutbox } from '@/db/schema';
import { env, type Env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export type OutboxSms = {
  id: number;
  to: string;
  template: string;
  body: string | null;
  provider: string;
  sentAt: Date | null;
  createdAt: Date;
};

export const SMS_OUTBOX_RETENTION_DAYS = 30;

/**
 * Same rule as the mail outbox: only development and test keep what a message says (it holds a live
 * sign-in code); elsewhere the row keeps recipient, template, provider, time and delivery status.
 */
export function smsOutboxKeepsBodies(appEnv: Env['APP_ENV'] = env.APP_ENV): boolean {
  return appEnv === 'development' || appEnv === 'test';
}

export async function recordSms(
  input: { to: string; template: string; body: string; provider: string },
  now: Date = new Date(),
): Promise<number> {
  const [row] = await db
    .insert(smsOutbox)
    .values({
      toPhone: input.to,
      template: input.template,
      body: smsOutboxKeepsBodies() ? input.body.slice(0, 500) : null,
      provider: input.provider,
    })
    .$returningId();
  const cutoff = new Date(now.getTime() - SMS_OUTBOX_RETENTION_DAYS * 24 * 3600 * 1000);
  await db.delete(smsOutbox).where(lt(smsOutbox.createdAt, cutoff)).limit(500);
  return row!.id;
}

export async function markSmsSent(id: number, error?: string): Promise<void> {
  await db
    .update(smsOutbox)
    .set(error ? { error: error.slice(0, 255) } : { sentAt: new Date() })
    .where(eq(smsOutbox.id, id));
}

/** Newest first, for /dev/sms and tests only: NOT_FOUND outside development and test. */
export async function listSmsOutbox(limit = 100, to?: string): Promise<OutboxSms[]> {
  if (!smsOutboxKeepsBodies()) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return db
    .select({
      id: smsOutbox.id,
      to: smsOutbox.toPhone,
      template: smsOutbox.template,
      body: smsOutbox.body,
      provider: smsOutbox.provider,
      sentAt: smsOutbox.sentAt,
      createdAt: smsOutbox.createdAt,
    })
    .from(smsOutbox)
    .where(to ? eq(smsOutbox.toPhone, to) : undefined)
    .orderBy(desc(smsOutbox.id))
    .limit(Math.min(Math.max(limit, 1), 500));
}
