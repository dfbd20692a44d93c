import 'server-only';

import { eq } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { platformSettings } from '@/db/schema';
import {
  DEFAULT_REVIEW_POLICY,
  isReviewPolicy,
  REVIEW_POLICY_KEY,
  type ReviewPolicy,
} from '@/lib/review-policy';

/** The review policy in force: the stored one, else every course is reviewed. */
export async function getReviewPolicy(tx: Tx | typeof db = db): Promise<ReviewPolicy> {
  const [row] = await tx
    .select({ value: platformSettings.value })
    .from(platformSettings)
    .where(eq(platformSettings.key, REVIEW_POLICY_KEY))
    .limit(1);
  return isReviewPolicy(row?.value) ? row.value : DEFAULT_REVIEW_POLICY;
}
