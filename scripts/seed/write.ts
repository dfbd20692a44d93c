import { sql } from 'drizzle-orm';
import type { MySqlTable } from 'drizzle-orm/mysql-core';

import type { Db } from '@/db';
import * as schema from '@/db/schema';

import type { SeedRows } from './plan';

/** Insert order: parents before children, so foreign keys hold at every step. */
const TABLES: { [K in keyof SeedRows]: MySqlTable } = {
  users: schema.users,
  creatorProfiles: schema.creatorProfiles,
  mediaAssets: schema.mediaAssets,
  categories: schema.categories,
  tags: schema.tags,
  courses: schema.courses,
  courseTags: schema.courseTags,
  courseSections: schema.courseSections,
  lessons: schema.lessons,
  courseSearchTerms: schema.courseSearchTerms,
  coupons: schema.coupons,
  orders: schema.orders,
  checkoutContexts: schema.checkoutContexts,
  enrollments: schema.enrollments,
  earningsLedger: schema.earningsLedger,
  refunds: schema.refunds,
  lessonProgress: schema.lessonProgress,
  reviews: schema.reviews,
  lessonComments: schema.lessonComments,
  wishlistItems: schema.wishlistItems,
  reports: schema.reports,
  behaviourEvents: schema.behaviourEvents,
  platformSettings: schema.platformSettings,
};

// Keeps each statement well under max_allowed_packet and the 65,535 placeholder limit.
const ROWS_PER_STATEMENT = 1000;

/**
 * Replaces the whole demo dataset in one transaction: every application table is emptied (including
 * tables added later, so no stale rows point at old ids) and the new rows are inserted in batches.
 * If anything fails, the previous data stays as it was.
 */
export async function replaceAllRows(db: Db, rows: SeedRows): Promise<void> {
  await db.transaction(async (tx) => {
    const [tables] = (await tx.execute(
      sql`SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`,
    )) as unknown as [{ name: string }[]];
    // Foreign key checks are off only while emptying, so the order of the deletes does not matter.
    await tx.execute(sql`SET FOREIGN_KEY_CHECKS = 0`);
    try {
      for (const { name } of tables) {
        if (name === '__drizzle_migrations') continue;
        await tx.execute(sql`DELETE FROM ${sql.identifier(name)}`);
      }
    } finally {
      await tx.execute(sql`SET FOREIGN_KEY_CHECKS = 1`);
    }
    for (const key of Object.keys(TABLES) as (keyof SeedRows)[]) {
      const list = rows[key] as Record<string, unknown>[];
      for (let i = 0; i < list.length; i += ROWS_PER_STATEMENT) {
        await tx.insert(TABLES[key]).values(list.slice(i, i + ROWS_PER_STATEMENT));
      }
    }
  });
}
