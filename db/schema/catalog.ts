import { relations } from 'drizzle-orm';
import {
  bigint,
  boolean,
  char,
  index,
  int,
  json,
  mysqlEnum,
  mysqlTable,
  primaryKey,
  smallint,
  text,
  unique,
  varchar,
} from 'drizzle-orm/mysql-core';

import type { CourseSnapshot } from '../../lib/course-snapshot';

import { createdAt, idColumn, timestamp, updatedAt } from './columns';
import { users } from './users';

export const COURSE_STATUSES = ['draft', 'in_review', 'published', 'rejected', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_LEVELS = ['beginner', 'intermediate', 'advanced', 'all'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];
export const COURSE_LANGUAGES = ['en', 'zh'] as const;
export type CourseLanguage = (typeof COURSE_LANGUAGES)[number];
export const LESSON_KINDS = ['video', 'audio', 'article', 'pdf'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];
export const MEDIA_KINDS = ['video', 'audio', 'pdf', 'image'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const MEDIA_STATUSES = ['pending', 'ready', 'rejected'] as const;

export const categories = mysqlTable(
  'categories',
  {
    id: idColumn().primaryKey(),
    slug: varchar('slug', { length: 64 }).notNull(),
    nameEn: varchar('name_en', { length: 80 }).notNull(),
    nameZh: varchar('name_zh', { length: 80 }).notNull(),
    descriptionEn: varchar('description_en', { length: 255 }),
    descriptionZh: varchar('description_zh', { length: 255 }),
    position: smallint('position').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [unique('categories_slug_uq').on(t.slug)],
);

export const tags = mysqlTable(
  'tags',
  {
    id: idColumn().primaryKey(),
    slug: varchar('slug', { length: 64 }).notNull(),
    name: varchar('name', { length: 64 }).notNull(),
  },
  (t) => [unique('tags_slug_uq').on(t.slug)],
);

/** Uploaded or generated files. Never served from public/: the media route checks access (UPLOAD-5). */
export const mediaAssets = mysqlTable(
  'media_assets',
  {
    id: idColumn().primaryKey(),
    ownerId: idColumn('owner_id')
      .notNull()
      .references(() => users.id),
    kind: mysqlEnum('kind', MEDIA_KINDS).notNull(),
    storageKey: varchar('storage_key', { length: 255 }).notNull(),
    mimeType: varchar('mime_type', { length: 100 }).notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number', unsigned: true }).notNull(),
    originalName: varchar('original_name', { length: 255 }).notNull(),
    status: mysqlEnum('status', MEDIA_STATUSES).notNull().default('pending'),
    durationSec: int('duration_sec'),
    createdAt: createdAt(),
  },
  (t) => [unique('media_storage_key_uq').on(t.storageKey), index('media_owner_idx').on(t.ownerId)],
);

export const courses = mysqlTable(
  'courses',
  {
    id: idColumn().primaryKey(),
    slug: varchar('slug', { length: 120 }).notNull(),
    creatorId: idColumn('creator_id')
      .notNull()
      .references(() => users.id),
    categoryId: idColumn('category_id')
      .notNull()
      .references(() => categories.id),
    title: varchar('title', { length: 120 }).notNull(),
    subtitle: varchar('subtitle', { length: 200 }).notNull().default(''),
    description: text('description').notNull(),
    /** What learners will be able to do; one outcome per line. */
    outcomes: text('outcomes'),
    /** What learners need before starting; one requirement per line. */
    requirements: text('requirements'),
    language: mysqlEnum('language', COURSE_LANGUAGES).notNull(),
    level: mysqlEnum('level', COURSE_LEVELS).notNull().default('all'),
    priceMinor: int('price_minor', { unsigned: true }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    /**
     * The same course priced in the other supported currency, so it sells in USD and CNY; both null
     * when it has one price. Listings, sorting and filters use the primary price above.
     */
    altPriceMinor: int('alt_price_minor', { unsigned: true }),
    altCurrency: char('alt_currency', { length: 3 }),
    coverUrl: varchar('cover_url', { length: 512 }),
    status: mysqlEnum('status', COURSE_STATUSES).notNull().default('draft'),
    /** Moderator's note on rejection or takedown, shown to the creator. */
    moderationNote: varchar('moderation_note', { length: 1000 }),
    /** Why the last review sent the course back (lib/course-review-reasons.ts); null otherwise. */
    moderationReason: varchar('moderation_reason', { length: 32 }),
    /** The course as last approved, so the next review shows what changed (lib/course-snapshot.ts). */
    approvedSnapshot: json('approved_snapshot').$type<CourseSnapshot>(),
    isFeatured: boolean('is_featured').notNull().default(false),
    /** Denormalised counters, maintained in the same transaction as their source rows. */
    ratingSum: int('rating_sum', { unsigned: true }).notNull().default(0),
    ratingCount: int('rating_count', { unsigned: true }).notNull().default(0),
    enrollmentCount: int('enrollment_count', { unsigned: true }).notNull().default(0),
    durationSec: int('duration_sec', { unsigned: true }).notNull().default(0),
    /** Optimistic lock for the curriculum builder: every curriculum write bumps it (two tabs, one wins). */
    curriculumVersion: int('curriculum_version', { unsigned: true }).notNull().default(0),
    submittedAt: timestamp('submitted_at'),
    publishedAt: timestamp('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp('deleted_at'),
  },
  (t) => [
    unique('courses_slug_uq').on(t.slug),
    index('courses_creator_idx').on(t.creatorId),
    index('courses_status_category_idx').on(t.status, t.categoryId),
    index('courses_status_published_idx').on(t.status, t.publishedAt),
  ],
);

/** Old slugs of a course: the storefront page answers them with a permanent redirect to the new one. */
export const courseSlugRedirects = mysqlTable(
  'course_slug_redirects',
  {
    slug: varchar('slug', { length: 120 }).primaryKey(),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [index('slug_redirects_course_idx').on(t.courseId)],
);

export const courseTags = mysqlTable(
  'course_tags',
  {
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    tagId: idColumn('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.tagId] }), index('course_tags_tag_idx').on(t.tagId)],
);

export const courseSections = mysqlTable(
  'course_sections',
  {
    id: idColumn().primaryKey(),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 120 }).notNull(),
    position: smallint('position').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sections_course_idx').on(t.courseId, t.position)],
);

export const lessons = mysqlTable(
  'lessons',
  {
    id: idColumn().primaryKey(),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    sectionId: idColumn('section_id')
      .notNull()
      .references(() => courseSections.id, { onDelete: 'cascade' }),
    title: varchar('title', { length: 120 }).notNull(),
    kind: mysqlEnum('kind', LESSON_KINDS).notNull(),
    position: smallint('position').notNull(),
    isPreview: boolean('is_preview').notNull().default(false),
    /** Markdown body: the article itself, or notes under a media lesson. Paid content (ACCESS-2). */
    body: text('body'),
    mediaId: idColumn('media_id').references(() => mediaAssets.id, { onDelete: 'set null' }),
    /** WebVTT captions for a video or audio lesson; served only through the media route (ACCESS-2). */
    captionsVtt: text('captions_vtt'),
    durationSec: int('duration_sec', { unsigned: true }).notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('lessons_course_idx').on(t.courseId, t.position),
    index('lessons_section_idx').on(t.sectionId, t.position),
  ],
);

export const coursesRelations = relations(courses, ({ one, many }) => ({
  creator: one(users, { fields: [courses.creatorId], references: [users.id] }),
  category: one(categories, { fields: [courses.categoryId], references: [categories.id] }),
  sections: many(courseSections),
  lessons: many(lessons),
  tags: many(courseTags),
}));

export const courseSectionsRelations = relations(courseSections, ({ one, many }) => ({
  course: one(courses, { fields: [courseSections.courseId], references: [courses.id] }),
  lessons: many(lessons),
}));

export const lessonsRelations = relations(lessons, ({ one }) => ({
  course: one(courses, { fields: [lessons.courseId], references: [courses.id] }),
  section: one(courseSections, { fields: [lessons.sectionId], references: [courseSections.id] }),
  media: one(mediaAssets, { fields: [lessons.mediaId], references: [mediaAssets.id] }),
}));

export const courseTagsRelations = relations(courseTags, ({ one }) => ({
  course: one(courses, { fields: [courseTags.courseId], references: [courses.id] }),
  tag: one(tags, { fields: [courseTags.tagId], references: [tags.id] }),
}));

export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Tag = typeof tags.$inferSelect;
export type Course = typeof courses.$inferSelect;
export type NewCourse = typeof courses.$inferInsert;
export type CourseSection = typeof courseSections.$inferSelect;
export type NewCourseSection = typeof courseSections.$inferInsert;
export type Lesson = typeof lessons.$inferSelect;
export type NewLesson = typeof lessons.$inferInsert;
export type MediaAsset = typeof mediaAssets.$inferSelect;
export type NewMediaAsset = typeof mediaAssets.$inferInsert;

/**
 * Our own inverted index: MariaDB FULLTEXT cannot segment Chinese and TiDB has none. Terms are
 * lower-cased words (Intl.Segmenter) plus CJK bigrams; rebuilt for a course whenever it changes.
 */
export const courseSearchTerms = mysqlTable(
  'course_search_terms',
  {
    term: varchar('term', { length: 64 }).notNull(),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    weight: smallint('weight').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.term, t.courseId] }),
    index('search_terms_course_idx').on(t.courseId),
  ],
);
