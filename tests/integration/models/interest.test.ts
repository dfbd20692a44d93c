import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { behaviourEvents, courses, mlModels, type NewBehaviourEvent } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { CategorySummary } from '@/lib/data/catalog';
import { isAppError } from '@/lib/errors';

import {
  DAY_MS,
  enroll,
  makeCourse,
  makeUser,
  rejectionOf,
} from '../../support/dashboard-fixtures';

vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { loadServedInterestModel, trainInterestModel } = await import('@/lib/data/interest-model');
const { listInterestVersionsForAdmin, trainInterestForAdmin } =
  await import('@/lib/data/interest-model-admin');
const { personaliseHome } = await import('@/lib/data/interest-home');

const NOW = new Date();
const at = (daysBefore: number) => new Date(NOW.getTime() - daysBefore * DAY_MS);

/** Four categories of three courses each (makeCourse gives every course its own category). */
const cats: { id: string; courses: string[] }[] = [];
let admin: Viewer;
let planted: Viewer;

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

beforeAll(async () => {
  admin = await makeUser('admin');
  const creator = await makeUser('creator');
  for (let c = 0; c < 4; c++) {
    const first = await makeCourse(creator.id, { title: `Interest fixture ${c} a` });
    const [row] = await db
      .select({ categoryId: courses.categoryId })
      .from(courses)
      .where(eq(courses.id, first));
    const ids = [first];
    for (const suffix of ['b', 'c']) {
      const id = await makeCourse(creator.id, { title: `Interest fixture ${c} ${suffix}` });
      await db.update(courses).set({ categoryId: row!.categoryId }).where(eq(courses.id, id));
      ids.push(id);
    }
    cats.push({ id: row!.categoryId, courses: ids });
  }
  // Each learner keeps one favourite category over eight months; 30 % of their behaviour is noise.
  const rand = lcg(42);
  const events: NewBehaviourEvent[] = [];
  const learners: Viewer[] = [];
  for (let u = 0; u < 48; u++) {
    const learner = await makeUser('learner', undefined, at(400));
    learners.push(learner);
    const fav = u % 4;
    for (let day = 240; day > 0; day -= 3) {
      if (rand() > 0.6) continue;
      const cat = rand() < 0.7 ? fav : Math.floor(rand() * 4);
      const course = cats[cat]!.courses[Math.floor(rand() * 3)]!;
      const r = rand();
      const type = r < 0.1 ? 'enroll' : r < 0.2 ? 'lesson_complete' : r < 0.25 ? 'rate' : 'view';
      events.push({
        userId: learner.id,
        type,
        courseId: course,
        value: type === 'view' ? Math.floor(rand() * 300) : type === 'rate' ? 5 : null,
        createdAt: at(day - rand()),
      });
    }
  }
  for (let i = 0; i < events.length; i += 500)
    await db.insert(behaviourEvents).values(events.slice(i, i + 500));
  planted = learners[2]!;
  await enroll(planted.id, cats[2]!.courses[0]!);
});

describe('interest model training', () => {
  it('trains a ready version that beats the mean baseline on the hold-out period', async () => {
    const r = await trainInterestModel({ now: NOW });
    expect(r.metrics.users).toBeGreaterThanOrEqual(40);
    expect(r.metrics.categories).toBeGreaterThanOrEqual(4);
    expect(r.metrics.rmse).toBeLessThan(r.metrics.baselineRmse);
    const [row] = await db.select().from(mlModels).where(eq(mlModels.id, r.modelId));
    expect(row!.status).toBe('ready');
    expect(row!.metrics).toMatchObject({ rmse: r.metrics.rmse, users: r.metrics.users });
    const served = await loadServedInterestModel();
    expect(served?.version).toBe(r.version);
    expect(served!.payload.w).toHaveLength(1 + 5 * r.metrics.categories);
  });

  it('a failed training leaves a failed row and keeps the served version', async () => {
    const before = await loadServedInterestModel();
    expect(before).not.toBeNull();
    await expect(
      trainInterestModel({
        now: NOW,
        beforeFit: () => {
          throw new Error('injected failure');
        },
      }),
    ).rejects.toThrow('injected failure');
    const [failed] = await db
      .select()
      .from(mlModels)
      .where(and(eq(mlModels.kind, 'interest'), eq(mlModels.version, before!.version + 1)));
    expect(failed!.status).toBe('failed');
    expect(failed!.error).toContain('injected failure');
    expect((await loadServedInterestModel())?.version).toBe(before!.version);
    const versions = await listInterestVersionsForAdmin(admin);
    expect(versions[0]).toMatchObject({ version: before!.version + 1, status: 'failed' });
    expect(versions.find((v) => v.served)?.version).toBe(before!.version);
  });

  it('refuses learners and creators', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      for (const call of [trainInterestForAdmin(viewer), listInterestVersionsForAdmin(viewer)]) {
        const err = await rejectionOf(call);
        expect(isAppError(err) && err.code).toBe('FORBIDDEN');
      }
    }
  });
});

describe('personalised home', () => {
  const base = (): CategorySummary[] =>
    cats.map((c, i) => ({
      id: c.id,
      slug: `fixture-${i}`,
      name: `Fixture ${i}`,
      description: null,
      courseCount: 3,
    }));

  it("orders categories by predicted interest and lists the top category's unowned courses", async () => {
    const home = await personaliseHome(planted, base(), 'en');
    expect(home.categories[0]!.id).toBe(cats[2]!.id);
    expect(home.topRow?.category.id).toBe(cats[2]!.id);
    const ids = home.topRow!.courses.map((c) => c.id).sort();
    expect(ids).toEqual([...cats[2]!.courses.slice(1)].sort());
  });

  it('keeps the given order for visitors and users without behaviour', async () => {
    const visitor = await personaliseHome(null, base(), 'en');
    expect(visitor).toEqual({ categories: base(), topRow: null });
    const fresh = await personaliseHome(await makeUser('learner'), base(), 'en');
    expect(fresh).toEqual({ categories: base(), topRow: null });
  });
});
