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

export const MODERATION_ACTIONS = ['hide', 'remove', 'warn', 'suspend'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];
export const APPEAL_OUTCOMES = ['upheld', 'reversed'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/**
 * A moderator's decision on reported content, shown to its author with the reason. The author may
 * appeal once (appealed_at is set by a conditional UPDATE); an admin then upholds or reverses it.
 * previous_status is what reversing restores (content status, course status or user status).
 */
export const moderationDecisions = mysqlTable(
  'moderation_decisions',
  {
    id: idColumn().primaryKey(),
    targetType: mysqlEnum('target_type', REPORT_TARGETS).notNull(),
    targetId: idColumn('target_id').notNull(),
    authorId: idColumn('author_id')
      .notNull()
      .references(() => users.id),
    action: mysqlEnum('action', MODERATION_ACTIONS).notNull(),
    reason: varchar('reason', { length: 40 }).notNull(),
    note: varchar('note', { length: 1000 }),
    previousStatus: varchar('previous_status', { length: 32 }),
    decidedBy: idColumn('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: createdAt(),
    appealText: varchar('appeal_text', { length: 2000 }),
    appealedAt: timestamp('appealed_at'),
    appealOutcome: mysqlEnum('appeal_outcome', APPEAL_OUTCOMES),
    appealNote: varchar('appeal_note', { length: 1000 }),
    appealDecidedBy: idColumn('appeal_decided_by').references(() => users.id),
    appealDecidedAt: timestamp('appeal_decided_at'),
  },
  (t) => [
    index('moderation_decisions_author_idx').on(t.authorId, t.decidedAt),
    index('moderation_decisions_target_idx').on(t.targetType, t.targetId),
    index('moderation_decisions_appeal_idx').on(t.appealOutcome, t.appealedAt),
  ],
);

export const platformSettings = mysqlTable('platform_settings', {
  key: varchar('key', { length: 64 }).primaryKey(),
  value: json('value').notNull(),
  updatedBy: idColumn('updated_by'),
  updatedAt: updatedAt(),
});

export type Report = typeof reports.$inferSelect;
export type ModerationDecision = typeof moderationDecisions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
