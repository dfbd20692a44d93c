import 'server-only';

import { and, count, eq, sum } from 'drizzle-orm';

import { db } from '@/db';
import { courses, creatorProfiles, users } from '@/db/schema';
import { publicCourseWhere } from '@/lib/data/course-cards';

export type PublicCreator = {
  userId: string;
  slug: string;
  displayName: string;
  headline: string | null;
  bio: string | null;
  avatarUrl: string | null;
  courseCount: number;
  learnerCount: number;
};

/** Public creator profile: no email, no payout data; only active creators with a profile. */
export async function getPublicCreator(slug: string): Promise<PublicCreator | null> {
  const [row] = await db
    .select({
      userId: creatorProfiles.userId,
      slug: creatorProfiles.slug,
      displayName: creatorProfiles.displayName,
      headline: creatorProfiles.headline,
      bio: creatorProfiles.bio,
      avatarUrl: creatorProfiles.avatarUrl,
    })
    .from(creatorProfiles)
    .innerJoin(users, eq(users.id, creatorProfiles.userId))
    .where(and(eq(creatorProfiles.slug, slug), eq(users.status, 'active')))
    .limit(1);
  if (!row) return null;
  const [stats] = await db
    .select({ n: count(), learners: sum(courses.enrollmentCount).mapWith(Number) })
    .from(courses)
    .where(and(eq(courses.creatorId, row.userId), publicCourseWhere));
  return { ...row, courseCount: stats?.n ?? 0, learnerCount: stats?.learners ?? 0 };
}
