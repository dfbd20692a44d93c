import { bigint, index, int, mysqlTable, primaryKey, text, varchar } from 'drizzle-orm/mysql-core';

import { idColumn } from './columns';
import { users } from './users';

/** OAuth identities (Auth.js adapter table). Sessions are JWTs, so no sessions table. */
export const accounts = mysqlTable(
  'accounts',
  {
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: varchar('type', { length: 32 }).notNull(),
    provider: varchar('provider', { length: 64 }).notNull(),
    providerAccountId: varchar('provider_account_id', { length: 191 }).notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: int('expires_at'),
    token_type: varchar('token_type', { length: 64 }),
    scope: varchar('scope', { length: 255 }),
    id_token: text('id_token'),
    session_state: varchar('session_state', { length: 255 }),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index('accounts_user_idx').on(t.userId),
  ],
);

export type Account = typeof accounts.$inferSelect;

/**
 * Shared store of lib/rate-limit.ts (rate-limiter-flexible's MySQL layout: key, points, expiry in ms).
 * Created by migration so the app's database user needs no DDL rights at run time.
 */
export const rateLimits = mysqlTable('rate_limits', {
  key: varchar('key', { length: 191 }).primaryKey(),
  points: int('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number', unsigned: true }),
});
