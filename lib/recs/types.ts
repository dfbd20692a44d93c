/**
 * The recommendations API's response (GET /api/recommendations): one definition for the route,
 * the data layer and the client rail.
 */
import type { CourseCard } from '@/lib/data/course-cards';

/** Structured so the UI translates it; names only public course titles and category names. */
export type RecReason =
  | {
      kind: 'because_you_took' | 'similar_to';
      courseId: string;
      courseSlug: string;
      courseTitle: string;
    }
  | { kind: 'popular_in'; categorySlug: string; categoryName: string }
  | { kind: 'popular' }
  | { kind: 'recommended' };

export type RecItem = { course: CourseCard; score: number; reason: RecReason };

export type RecsResult = { items: RecItem[]; model: { version: number | null } };

export type RecsRequest = { mode: 'me' } | { mode: 'similar'; courseId: string };
