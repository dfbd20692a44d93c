import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { mailOutbox } from '@/db/schema';

export type OutboxMail = {
  id: number;
  to: string;
  subject: string;
  text: string;
  template: string;
  sentAt: Date | null;
  createdAt: Date;
};

export async function recordMail(input: {
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
}): Promise<number> {
  const [row] = await db
    .insert(mailOutbox)
    .values({
      toAddress: input.to,
      subject: input.subject.slice(0, 255),
      textBody: input.text,
      htmlBody: input.html,
      template: input.template,
    })
    .$returningId();
  return row!.id;
}

export async function markMailSent(id: number, error?: string): Promise<void> {
  await db
    .update(mailOutbox)
    .set(error ? { error: error.slice(0, 255) } : { sentAt: new Date() })
    .where(eq(mailOutbox.id, id));
}

/** Newest first; only the dev mailbox page and tests read this (the page 404s in production). */
export async function listOutbox(limit = 100, to?: string): Promise<OutboxMail[]> {
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
  return rows;
}
