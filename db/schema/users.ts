import { relations } from 'drizzle-orm';
import {
  char,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  smallint,
  text,
  unique,
  varchar,
} from 'drizzle-orm/mysql-core';

import { createdAt, idColumn, seqId, timestamp, updatedAt } from './columns';

export const USER_ROLES = ['learner', 'creator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];
export const USER_STATUSES = ['active', 'suspended', 'deleted'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const users = mysqlTable(
  'users',
  {
    id: idColumn().primaryKey(),
    /** Null for accounts made with a phone number or WeChat until an address is added. */
    email: varchar('email', { length: 254 }),
    /** Auth.js adapter expects this key name. */
    emailVerified: timestamp('email_verified_at'),
    name: varchar('name', { length: 80 }).notNull(),
    image: varchar('image', { length: 512 }),
    /** E.164 (lib/phone/parse.ts); set only after an SMS code proved control of the number. */
    phone: varchar('phone', { length: 16 }),
    passwordHash: varchar('password_hash', { length: 255 }),
    role: mysqlEnum('role', USER_ROLES).notNull().default('learner'),
    status: mysqlEnum('status', USER_STATUSES).notNull().default('active'),
    locale: varchar('locale', { length: 8 }).notNull().default('en'),
    /** Bumped on password change, role change, suspension, deletion, sign-out everywhere (AUTH-4). */
    sessionVersion: int('session_version').notNull().default(1),
    totpSecret: varchar('totp_secret', { length: 255 }),
    totpEnabledAt: timestamp('totp_enabled_at'),
    failedLoginCount: smallint('failed_login_count').notNull().default(0),
    lockoutLevel: smallint('lockout_level').notNull().default(0),
    lockedUntil: timestamp('locked_until'),
    lastLoginAt: timestamp('last_login_at'),
    /** Set by an admin's forced reset: password sign-in is refused until a reset link is used. */
    passwordResetRequiredAt: timestamp('password_reset_required_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp('deleted_at'),
  },
  (t) => [
    unique('users_email_uq').on(t.email),
    unique('users_phone_uq').on(t.phone),
    index('users_role_idx').on(t.role),
  ],
);

export const creatorProfiles = mysqlTable(
  'creator_profiles',
  {
    userId: idColumn('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    slug: varchar('slug', { length: 80 }).notNull(),
    displayName: varchar('display_name', { length: 80 }).notNull(),
    headline: varchar('headline', { length: 160 }),
    bio: text('bio'),
    avatarUrl: varchar('avatar_url', { length: 512 }),
    payoutCountry: char('payout_country', { length: 2 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('creator_profiles_slug_uq').on(t.slug)],
);

export const TOKEN_PURPOSES = [
  'verify_email',
  'reset_password',
  'change_email',
  'data_export',
] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Single-use tokens; only SHA-256 of the token is stored (AUTH-3). */
export const authTokens = mysqlTable(
  'auth_tokens',
  {
    id: seqId(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: mysqlEnum('purpose', TOKEN_PURPOSES).notNull(),
    tokenHash: char('token_hash', { length: 64 }).notNull(),
    newEmail: varchar('new_email', { length: 254 }),
    expiresAt: timestamp('expires_at').notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('auth_tokens_hash_uq').on(t.tokenHash),
    index('auth_tokens_user_idx').on(t.userId, t.purpose),
  ],
);

export const recoveryCodes = mysqlTable(
  'recovery_codes',
  {
    id: seqId(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: char('code_hash', { length: 64 }).notNull(),
    usedAt: timestamp('used_at'),
    createdAt: createdAt(),
  },
  (t) => [unique('recovery_codes_uq').on(t.userId, t.codeHash)],
);

/** Local outbox: every mail is recorded here; delivered by SMTP when configured, else read at /dev/mailbox. */
export const mailOutbox = mysqlTable(
  'mail_outbox',
  {
    id: seqId(),
    toAddress: varchar('to_address', { length: 254 }).notNull(),
    /** Subject and bodies only in development and test (links carry tokens, AUTH-3); else NULL. */
    subject: varchar('subject', { length: 255 }),
    textBody: text('text_body'),
    htmlBody: text('html_body'),
    template: varchar('template', { length: 64 }).notNull(),
    sentAt: timestamp('sent_at'),
    error: varchar('error', { length: 255 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('mail_outbox_to_idx').on(t.toAddress, t.createdAt),
    // Pruning deletes by age.
    index('mail_outbox_created_idx').on(t.createdAt),
  ],
);

export const usersRelations = relations(users, ({ one }) => ({
  creatorProfile: one(creatorProfiles, {
    fields: [users.id],
    references: [creatorProfiles.userId],
  }),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type CreatorProfile = typeof creatorProfiles.$inferSelect;
export type NewCreatorProfile = typeof creatorProfiles.$inferInsert;
export type AuthToken = typeof authTokens.$inferSelect;
export type MailOutboxRow = typeof mailOutbox.$inferSelect;
