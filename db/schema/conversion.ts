import { bigint, boolean, index, mysqlEnum, mysqlTable, varchar } from 'drizzle-orm/mysql-core';

import { createdAt, idColumn } from './columns';
import { orders } from './commerce';
import { users } from './users';

export const CHECKOUT_DEVICES = ['desktop', 'mobile', 'unknown'] as const;
export type CheckoutDevice = (typeof CHECKOUT_DEVICES)[number];

/**
 * What was known about the buyer when a checkout started: the inputs of the payment-success model
 * that the order row does not hold. A coarse device class only, never the user agent (DATA-1).
 */
export const checkoutContexts = mysqlTable('checkout_contexts', {
  orderId: idColumn('order_id')
    .primaryKey()
    .references(() => orders.id, { onDelete: 'cascade' }),
  device: mysqlEnum('device', CHECKOUT_DEVICES).notNull(),
  locale: varchar('locale', { length: 8 }).notNull(),
  /** The buyer had no earlier paid order when this checkout started. */
  firstPurchase: boolean('first_purchase').notNull(),
  createdAt: createdAt(),
});

/** At most one recovery mail per order: the primary key refuses a second. */
export const checkoutRecoveryMails = mysqlTable(
  'checkout_recovery_mails',
  {
    orderId: idColumn('order_id')
      .primaryKey()
      .references(() => orders.id, { onDelete: 'cascade' }),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sentBy: idColumn('sent_by').references(() => users.id, { onDelete: 'set null' }),
    mailId: bigint('mail_id', { mode: 'number', unsigned: true }),
    createdAt: createdAt(),
  },
  (t) => [index('checkout_recovery_mails_user_idx').on(t.userId)],
);

/** Buyers who asked for no more checkout reminders; no recovery mail is written for them. */
export const checkoutMailOptOuts = mysqlTable('checkout_mail_opt_outs', {
  userId: idColumn('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

export type CheckoutContext = typeof checkoutContexts.$inferSelect;
