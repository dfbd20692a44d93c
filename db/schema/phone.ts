import { char, index, mysqlEnum, mysqlTable, tinyint, varchar } from 'drizzle-orm/mysql-core';

import { createdAt, seqId, timestamp } from './columns';

export const SMS_CODE_PURPOSES = ['sign_in', 'sign_up', 'link', 'change'] as const;
export type SmsCodePurpose = (typeof SMS_CODE_PURPOSES)[number];

/**
 * One-time SMS codes (AUTH-9). Only HMAC-SHA-256(code) under a server key is stored: a plain hash of
 * six digits would fall to a million guesses. A new code for the same phone and purpose voids the old.
 */
export const smsCodes = mysqlTable(
  'sms_codes',
  {
    id: seqId(),
    phone: varchar('phone', { length: 16 }).notNull(),
    purpose: mysqlEnum('purpose', SMS_CODE_PURPOSES).notNull(),
    codeHash: char('code_hash', { length: 64 }).notNull(),
    /** The signed-in user a link/change code was sent for; null for sign-in and sign-up. */
    userId: varchar('user_id', { length: 22 }),
    attempts: tinyint('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [index('sms_codes_phone_idx').on(t.phone, t.purpose, t.usedAt)],
);

/**
 * Local SMS outbox beside mail_outbox: every message is recorded; the body only when APP_ENV is
 * development or test (the /dev/sms page and tests read it), never in staging or production.
 */
export const smsOutbox = mysqlTable(
  'sms_outbox',
  {
    id: seqId(),
    toPhone: varchar('to_phone', { length: 16 }).notNull(),
    template: varchar('template', { length: 64 }).notNull(),
    body: varchar('body', { length: 500 }),
    provider: varchar('provider', { length: 16 }).notNull(),
    sentAt: timestamp('sent_at'),
    error: varchar('error', { length: 255 }),
    createdAt: createdAt(),
  },
  (t) => [index('sms_outbox_to_idx').on(t.toPhone, t.createdAt)],
);

export type SmsCode = typeof smsCodes.$inferSelect;
export type SmsOutboxRow = typeof smsOutbox.$inferSelect;
