/**
 * Which submissions an admin reviews before they go live (a platform setting): every course, or only
 * a creator's first one, so creators with a live course publish new drafts themselves. A rejected or
 * taken-down course always goes back through review, whatever the policy.
 */
export const REVIEW_POLICIES = ['every_course', 'first_course'] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = 'every_course';
export const REVIEW_POLICY_KEY = 'course_review_policy';

export function isReviewPolicy(value: unknown): value is ReviewPolicy {
  return (REVIEW_POLICIES as readonly unknown[]).includes(value);
}
