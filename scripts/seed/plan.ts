import type {
  NewCourse,
  NewCourseSection,
  NewLesson,
  NewMediaAsset,
  NewUser,
  NewCreatorProfile,
  NewCategory,
  NewOrder,
  NewEnrollment,
  NewReview,
  NewLessonComment,
  NewBehaviourEvent,
} from '@/db/schema';
import type {
  checkoutContexts,
  coupons,
  courseSearchTerms,
  courseTags,
  earningsLedger,
  lessonProgress,
  platformSettings,
  refunds,
  reports,
  tags,
  wishlistItems,
} from '@/db/schema';

import type { Rng } from './random';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** Everything the seed needs that is not random: the clock and the two secrets hashed once. */
export type SeedContext = {
  now: Date;
  rng: Rng;
  passwordHash: string;
  adminTotpSealed: string;
};

/** A file to place under MEDIA_ROOT: a committed media file copied, or an SVG rendered to WebP. */
export type SeedFile =
  | { key: string; mediaId: string; kind: 'copy'; source: string }
  | { key: string; mediaId: string; kind: 'render'; svg: string };

/** All rows of one seed run, in insert order of the tables below. */
export type SeedRows = {
  users: NewUser[];
  creatorProfiles: NewCreatorProfile[];
  mediaAssets: NewMediaAsset[];
  categories: NewCategory[];
  tags: (typeof tags.$inferInsert)[];
  courses: NewCourse[];
  courseTags: (typeof courseTags.$inferInsert)[];
  courseSections: NewCourseSection[];
  lessons: NewLesson[];
  courseSearchTerms: (typeof courseSearchTerms.$inferInsert)[];
  coupons: (typeof coupons.$inferInsert)[];
  orders: NewOrder[];
  checkoutContexts: (typeof checkoutContexts.$inferInsert)[];
  enrollments: NewEnrollment[];
  earningsLedger: (typeof earningsLedger.$inferInsert)[];
  refunds: (typeof refunds.$inferInsert)[];
  lessonProgress: (typeof lessonProgress.$inferInsert)[];
  reviews: NewReview[];
  lessonComments: NewLessonComment[];
  wishlistItems: (typeof wishlistItems.$inferInsert)[];
  reports: (typeof reports.$inferInsert)[];
  behaviourEvents: NewBehaviourEvent[];
  platformSettings: (typeof platformSettings.$inferInsert)[];
};

export type SeedTable = keyof SeedRows;

export function emptyRows(): SeedRows {
  return {
    users: [],
    creatorProfiles: [],
    mediaAssets: [],
    categories: [],
    tags: [],
    courses: [],
    courseTags: [],
    courseSections: [],
    lessons: [],
    courseSearchTerms: [],
    coupons: [],
    orders: [],
    checkoutContexts: [],
    enrollments: [],
    earningsLedger: [],
    refunds: [],
    lessonProgress: [],
    reviews: [],
    lessonComments: [],
    wishlistItems: [],
    reports: [],
    behaviourEvents: [],
    platformSettings: [],
  };
}

/** What the behaviour generator needs to know about a course. */
export type CourseFacts = {
  id: string;
  slug: string;
  creatorId: string;
  category: string;
  lang: 'en' | 'zh';
  status: string;
  priceMinor: number;
  currency: 'USD' | 'CNY';
  publishedAt: Date | null;
  /** Zipf weight among published courses (0 for unpublished). */
  popularity: number;
  lessons: { id: string; durationSec: number; isPreview: boolean }[];
};

export const at = (ms: number) => new Date(Math.round(ms));
