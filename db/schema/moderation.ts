import { index, json, mysqlEnum, mysqlTable, unique, varchar } from 'drizzle-orm/mysql-core';

import { createdAt, idColumn, seqId, timestamp, updatedAt } from './columns';
import { users } from './users';

export const REPORT_TARGETS = ['course', 'review', 'comment', 'user'] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];
export const REPORT_STATUSES = ['open', 'dismissed', 'actioned'] as const;

/** One report per reporter and target (ABUSE-2); reports only queue content for review. */
export const reports = mysqlTable(
  'reports',
  {
    id: idColumn().primaryKey(),
    reporterId: idColumn('reporter_id')
      .notNull()
      .references(() => users.id),
    targetType: mysqlEnum('target_type', REPORT_TARGETS).notNull(),
    targetId: idColumn('target_id').notNull(),
    reason: varchar('reason', { length: 40 }).notNull(),
    details: varchar('details', { length: 1000 }),
    status: mysqlEnum('status', REPORT_STATUSES).notNull().default('open'),
    resolvedBy: idColumn('resolved_by').references(() => users.id),
    resolvedAt: timestamp('resolved_at'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('reports_reporter_target_uq').on(t.reporterId, t.targetType, t.targetId),
    index('reports_status_idx').on(t.status, t.createdAt),
    index('reports_target_idx').on(t.targetType, t.targetId),
  ],
);

/** Append-only record of privileged changes, written in the same transaction (ACCESS-5). */
export const auditLog = mysqlTable(
  'audit_log',
  {
    id: seqId(),
    at: createdAt(),
    actorUserId: idColumn('actor_user_id'),
    actorIp: varchar('actor_ip', { length: 45 }),
    action: varchar('action', { length: 64 }).notNull(),
    targetType: varchar('target_type', { length: 32 }).notNull(),
    targetId: varchar('target_id', { length: 255 }).notNull(),
    before: json('before_json'),
    after: json('after_json'),
    reason: varchar('reason', { length: 1000 }),
  },
  (t) => [
    index('audit_target_idx').on(t.targetType, t.targetId),
    index('audit_actor_idx').on(t.actorUserId, t.at),
  ],
);

export const platformSettings = mysqlTable('platform_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: json('value').notNull(),
  updatedBy: idColumn('updated_by'),
  updatedAt: updatedAt(),
});

export type Report = typeof reports.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
