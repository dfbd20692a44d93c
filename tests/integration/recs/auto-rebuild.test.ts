import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { behaviourEvents, courses, mlModels } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

import { createRecsUser, seedRecsFixture } from './fixtures';

// Read by lib/env.ts on first import, so set before any module below loads it.
vi.hoisted(() => {
  process.env.RECS_REBUILD_AFTER_EVENTS = '2';
});

const { buildRecsModel } = await import('@/lib/data/recs-build');
const { enrolInFreeCourse } = await import('@/lib/data/enrollments');

async function newestReadyVersion(): Promise<number> {
  const [row] = await db
    .select({ version: mlModels.version })
    .from(mlModels)
    .where(and(eq(mlModels.kind, 'recs'), eq(mlModels.status, 'ready')))
    .orderBy(desc(mlModels.version))
    .limit(1);
  return row?.version ?? 0;
}

describe('automatic recommendations rebuild', () => {
  it('a free enrolment that brings the new interactions to the threshold starts a build', async () => {
    const fx = await seedRecsFixture();
    const built = await buildRecsModel();
    const learnerId = await createRecsUser('Auto rebuild learner');
    const learner: Viewer = {
      id: learnerId,
      role: 'learner',
      name: 'L',
      email: 'l@test.local',
      emailVerified: true,
      locale: 'en',
    };
    await db.update(courses).set({ priceMinor: 0 }).where(eq(courses.id, fx.ids.enPy!));
    // One interaction since the build: below the threshold of two.
    await db
      .insert(behaviourEvents)
      .values({ userId: learnerId, type: 'view', courseId: fx.ids.enPy! });
    expect(await newestReadyVersion()).toBe(built.version);

    // The enrolment records the second one, and the enrolment path schedules the build itself.
    await enrolInFreeCourse(learner, fx.ids.enPy!);
    await expect
      .poll(newestReadyVersion, { timeout: 30_000, interval: 250 })
      .toBeGreaterThan(built.version);
  });
});
