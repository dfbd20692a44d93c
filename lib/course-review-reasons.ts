/**
 * Why a course in review is sent back. The creator sees the reason's label (Enums.reviewReason) with
 * the reviewer's note; "other" says nothing on its own, so it needs the note.
 */
export const COURSE_REVIEW_REASONS = [
  'misleading',
  'incomplete',
  'media_quality',
  'copyright',
  'inappropriate',
  'pricing',
  'other',
] as const;
export type CourseReviewReason = (typeof COURSE_REVIEW_REASONS)[number];

export function isCourseReviewReason(value: string | null): value is CourseReviewReason {
  return (COURSE_REVIEW_REASONS as readonly (string | null)[]).includes(value);
}
