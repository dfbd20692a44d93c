import { relations } from 'drizzle-orm';
import {
  boolean,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  text,
  tinyint,
  unique,
  varchar,
} from 'drizzle-orm/mysql-core';

import { courses, lessons } from './catalog';
import { createdAt, idColumn, timestamp, updatedAt } from './columns';
import { users } from './users';

export const ENROLLMENT_STATUSES = ['active', 'suspended', 'revoked'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];
export const ENROLLMENT_SOURCES = ['purchase', 'free', 'grant', 'creator'] as const;
export const CONTENT_STATUSES = ['visible', 'hidden', 'removed'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

/** Access to a course. Created for paid courses only by fulfilment (PAY-4); one per user and course. */
export const enrollments = mysqlTable(
  'enrollments',
  {
    id: idColumn().primaryKey(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id),
    status: mysqlEnum('status', ENROLLMENT_STATUSES).notNull().default('active'),
    source: mysqlEnum('source', ENROLLMENT_SOURCES).notNull(),
    orderId: idColumn('order_id'),
    lastLessonId: idColumn('last_lesson_id'),
    progressPercent: tinyint('progress_percent', { unsigned: true }).notNull().default(0),
    completedAt: timestamp('completed_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('enrollments_user_course_uq').on(t.userId, t.courseId),
    index('enrollments_course_idx').on(t.courseId, t.status),
  ],
);

export const lessonProgress = mysqlTable(
  'lesson_progress',
  {
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    lessonId: idColumn('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id),
    positionSec: int('position_sec', { unsigned: true }).notNull().default(0),
    /** Furthest second reached; only ever grows (GREATEST), so an old tab cannot shrink it. */
    watchedSec: int('watched_sec', { unsigned: true }).notNull().default(0),
    completedAt: timestamp('completed_at'),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.lessonId] }),
    index('progress_user_course_idx').on(t.userId, t.courseId),
  ],
);

/** One review per user and course (ABUSE-1); refunded buyers' reviews leave the average. */
export const reviews = mysqlTable(
  'reviews',
  {
    id: idColumn().primaryKey(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id),
    rating: tinyint('rating', { unsigned: true }).notNull(),
    body: text('body'),
    status: mysqlEnum('status', CONTENT_STATUSES).notNull().default('visible'),
    verifiedPurchase: boolean('verified_purchase').notNull().default(true),
    creatorReply: text('creator_reply'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('reviews_user_course_uq').on(t.userId, t.courseId),
    index('reviews_course_idx').on(t.courseId, t.status, t.createdAt),
  ],
);

/** Lesson Q&A: a question is a comment without parent; answers point at it. */
export const lessonComments = mysqlTable(
  'lesson_comments',
  {
    id: idColumn().primaryKey(),
    lessonId: idColumn('lesson_id')
      .notNull()
      .references(() => lessons.id, { onDelete: 'cascade' }),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    parentId: idColumn('parent_id'),
    body: varchar('body', { length: 5000 }).notNull(),
    status: mysqlEnum('status', CONTENT_STATUSES).notNull().default('visible'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('comments_lesson_idx').on(t.lessonId, t.createdAt),
    index('comments_course_idx').on(t.courseId, t.createdAt),
    index('comments_parent_idx').on(t.parentId),
  ],
);

export const wishlistItems = mysqlTable(
  'wishlist_items',
  {
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.courseId] })],
);

export const enrollmentsRelations = relations(enrollments, ({ one }) => ({
  user: one(users, { fields: [enrollments.userId], references: [users.id] }),
  course: one(courses, { fields: [enrollments.courseId], references: [courses.id] }),
}));

export const reviewsRelations = relations(reviews, ({ one }) => ({
  user: one(users, { fields: [reviews.userId], references: [users.id] }),
  course: one(courses, { fields: [reviews.courseId], references: [courses.id] }),
}));

export type Enrollment = typeof enrollments.$inferSelect;
export type NewEnrollment = typeof enrollments.$inferInsert;
export type LessonProgress = typeof lessonProgress.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type NewReview = typeof reviews.$inferInsert;
export type LessonComment = typeof lessonComments.$inferSelect;
export type NewLessonComment = typeof lessonComments.$inferInsert;
