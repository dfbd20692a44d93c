import 'server-only';

import { desc, eq, lt } from 'drizzle-orm';

import { db } from '@/db';
import { mailOutbox } from '@/db/schema';
import { env, type Env } from '@/lib/env';
import { AppError } from '@/lib/errors';

export type OutboxMail = {
  id: number;
  to: string;
  subject: string;
  text: string;
  template: string;
  sentAt: Date | null;
  createdAt: Date;
};

/** Rows older than this are deleted on the next write: the outbox is a log, not an archive. */
export const OUTBOX_RETENTION_DAYS = 30;
const PRUNE_BATCH = 500;

/**
 * Only development and test keep what a mail says (and show it at /dev/mailbox). Everywhere else a
 * mail body holds live reset, email-change and export links, so the row keeps only recipient,
 * template, time and delivery status (AUTH-3: tokens exist in the database only as hashes).
 */
export function outboxKeepsBodies(appEnv: Env['APP_ENV'] = env.APP_ENV): boolean {
  return appEnv === 'development' || appEnv === 'test';
}

/** The dev mailbox exists exactly where bodies are kept. */
export const devMailboxEnabled = outboxKeepsBodies;

export async function recordMail(
  input: { to: string; subject: string; text: string; html: string; template: string },
  now: Date = new Date(),
): Promise<number> {
  const keep = outboxKeepsBodies();
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: input.to,
      subject: keep ? input.subject.slice(0, 255) : null,
      textBody: keep ? input.text : null,
      htmlBody: keep ? input.html : null,
      template: input.template,
    })
    .$returningId();
  await pruneOutbox(now);
  return row!.id;
}

/** Deletes rows past the retention window, a bounded batch at a time (runs on every write). */
export async function pruneOutbox(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 24 * 3600 * 1000);
  const [result] = await db
    .delete(mailOutbox)
    .where(lt(mailOutbox.createdAt, cutoff))
    .limit(PRUNE_BATCH);
  return result.affectedRows;
}

export async function markMailSent(id: number, error?: string): Promise<void> {
  await db
    .update(mailOutbox)
    .set(error ? { error: error.slice(0, 255) } : { sentAt: new Date() })
    .where(eq(mailOutbox.id, id));
}

/**
 * Newest first; only the dev mailbox page and tests read this. Outside development and test the
 * mailbox does not exist: NOT_FOUND here, whatever page or route asks.
 */
export async function listOutbox(limit = 100, to?: string): Promise<OutboxMail[]> {
  if (!devMailboxEnabled()) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const rows = await db
    .select({
      id: mailOutbox.id,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      text: mailOutbox.textBody,
      template: mailOutbox.template,
      sentAt: mailOutbox.sentAt,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(to ? eq(mailOutbox.toAddress, to.toLowerCase()) : undefined)
    .orderBy(desc(mailOutbox.id))
    .limit(Math.min(Math.max(limit, 1), 500));
  return rows.map((r) => ({ ...r, subject: r.subject ?? '', text: r.text ?? '' }));
}
