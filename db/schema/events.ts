import { index, int, mysqlEnum, mysqlTable, varchar } from 'drizzle-orm/mysql-core';

import { createdAt, idColumn, seqId } from './columns';

export const EVENT_TYPES = [
  'view',
  'preview',
  'wishlist',
  'checkout_start',
  'checkout_complete',
  'checkout_expire',
  'checkout_fail',
  'checkout_abandon',
  'enroll',
  'lesson_complete',
  'course_complete',
  'rate',
  'search',
  'page_view',
  'lesson_start',
  'progress',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Behaviour events: who (user or anonymous id), what, which course, when. No IP, no user agent,
 * no free text (DATA-1). `value` carries a rating or a dwell time where the type has one.
 */
export const behaviourEvents = mysqlTable(
  'behaviour_events',
  {
    id: seqId(),
    userId: idColumn('user_id'),
    anonId: varchar('anon_id', { length: 36 }),
    type: mysqlEnum('type', EVENT_TYPES).notNull(),
    courseId: idColumn('course_id'),
    lessonId: idColumn('lesson_id'),
    value: int('value'),
    /** Closed vocabulary only (payment method, decline code), never free text (DATA-1). */
    detail: varchar('detail', { length: 40 }),
    createdAt: createdAt(),
  },
  (t) => [
    index('events_user_idx').on(t.userId, t.createdAt),
    index('events_course_idx').on(t.courseId, t.type, t.createdAt),
    index('events_created_idx').on(t.createdAt),
    // Visitors' view de-duplication looks events up by anonymous id (ABUSE-4).
    index('events_anon_idx').on(t.anonId, t.createdAt),
  ],
);

export type BehaviourEvent = typeof behaviourEvents.$inferSelect;
export type NewBehaviourEvent = typeof behaviourEvents.$inferInsert;
