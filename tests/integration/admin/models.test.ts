import { eq, inArray, max } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import { db } from '@/db';
import { mlModels } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';

import {
  daysAgo,
  enroll,
  makeCourse,
  makeUser,
  rejectionOf,
} from '../../support/dashboard-fixtures';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));
const cache = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock('next/cache', () => ({ ...cache, revalidateTag: vi.fn(), updateTag: vi.fn() }));

const { buildRecsModel } = await import('@/lib/data/recs-build');
const { listModelVersionsForAdmin } = await import('@/lib/data/admin-models');
const { rebuildRecsAction } = await import('@/lib/actions/admin/rebuild-recs');

/** DATA-1: the exact row shape; a strict object fails on any extra field (vectors, payload, error text). */
const rowSchema = z.strictObject({
  kind: z.enum(['recs', 'category_knn']),
  version: z.number().int().positive(),
  status: z.enum(['building', 'ready', 'failed']),
  served: z.boolean(),
  createdAt: z.date(),
  finishedAt: z.date().nullable(),
  items: z.number().nullable(),
  users: z.number().nullable(),
  dims: z.number().nullable(),
  buildMs: z.number().nullable(),
  interactions: z.number().nullable(),
  accuracy: z.number().nullable(),
});
const dtoSchema = z.strictObject({ served: z.array(rowSchema), versions: z.array(rowSchema) });

let admin: Viewer;

beforeAll(async () => {
  admin = await makeUser('admin');
  const creator = await makeUser('creator');
  const courses = [
    await makeCourse(creator.id, { title: 'Python programming basics' }),
    await makeCourse(creator.id, { title: 'Portrait photography' }),
    await makeCourse(creator.id, { title: 'Startup finance' }),
  ];
  // Accounts younger than a day are ignored by the build (ABUSE-4).
  const learner = await makeUser('learner', undefined, daysAgo(30));
  await enroll(learner.id, courses[0]!);
  await enroll(learner.id, courses[1]!);
});

describe('admin models DAL', () => {
  it('ACCESS-4: refuses learners and creators', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const err = await rejectionOf(listModelVersionsForAdmin(await makeUser(role)));
      expect(isAppError(err) ? err.code : err, role).toBe('FORBIDDEN');
    }
  });

  it('serves the newest ready version of each kind after a build, newest first, without vectors', async () => {
    const first = await buildRecsModel();
    const second = await buildRecsModel();
    const knnVersion = second.metrics.categoryKnnVersion;
    expect(second.version).toBeGreaterThan(first.version);
    expect(typeof knnVersion).toBe('number');

    const out = dtoSchema.parse(await listModelVersionsForAdmin(admin));

    expect(out.served.map((m) => [m.kind, m.version])).toEqual([
      ['recs', second.version],
      ['category_knn', knnVersion],
    ]);
    // The suggester is written after its recs version within one build.
    expect(out.versions.slice(0, 2).map((m) => [m.kind, m.version])).toEqual([
      ['category_knn', knnVersion],
      ['recs', second.version],
    ]);
    const recs = out.versions.filter((m) => m.kind === 'recs');
    expect(recs.map((m) => m.version)).toEqual(
      [...recs.map((m) => m.version)].sort((a, b) => b - a),
    );
    expect(recs.filter((m) => m.served).map((m) => m.version)).toEqual([second.version]);
    expect(recs.find((m) => m.version === first.version)).toMatchObject({
      status: 'ready',
      served: false,
    });
    expect(
      out.versions.filter((m) => m.kind === 'category_knn' && m.served).map((m) => m.version),
    ).toEqual([knnVersion]);
    expect(out.served[0]).toMatchObject({
      status: 'ready',
      items: second.items,
      users: second.users,
      dims: second.dim,
      buildMs: second.metrics.buildMs,
      interactions: second.interactions,
      accuracy: null,
    });
    expect(out.served[1]!.accuracy).toBe(second.metrics.categoryKnnAccuracy);
    expect(out.served[0]!.finishedAt).toBeInstanceOf(Date);
  });

  it('never serves a newer building or failed version', async () => {
    const before = dtoSchema.parse(await listModelVersionsForAdmin(admin));
    const served = before.served.find((m) => m.kind === 'recs');
    expect(served).toBeDefined();
    const [top] = await db
      .select({ v: max(mlModels.version) })
      .from(mlModels)
      .where(eq(mlModels.kind, 'recs'));
    const inserted = await db
      .insert(mlModels)
      .values([
        { kind: 'recs', version: top!.v! + 1, status: 'failed', params: {}, error: 'boom' },
        { kind: 'recs', version: top!.v! + 2, status: 'building', params: {} },
      ])
      .$returningId();
    try {
      const out = dtoSchema.parse(await listModelVersionsForAdmin(admin));
      expect(out.versions.slice(0, 2).map((m) => [m.version, m.status, m.served])).toEqual([
        [top!.v! + 2, 'building', false],
        [top!.v! + 1, 'failed', false],
      ]);
      expect(out.served.find((m) => m.kind === 'recs')?.version).toBe(served!.version);
      expect(out.versions.find((m) => m.served && m.kind === 'recs')?.version).toBe(
        served!.version,
      );
    } finally {
      await db.delete(mlModels).where(
        inArray(
          mlModels.id,
          inserted.map((r) => r.id),
        ),
      );
    }
  });
});

describe('rebuildRecsAction', () => {
  it('builds and serves a newer version for an admin, then refreshes /admin/models', async () => {
    const before = await listModelVersionsForAdmin(admin);
    const previous = before.served.find((m) => m.kind === 'recs')!.version;
    auth.viewer = admin;
    cache.revalidatePath.mockClear();

    const state = await rebuildRecsAction(undefined, {});

    expect(state).toMatchObject({ ok: true, message: 'Admin.recs.rebuilt' });
    const version = state.ok === true ? state.data?.version : undefined;
    expect(version).toBeGreaterThan(previous);
    expect(cache.revalidatePath).toHaveBeenCalledWith('/admin/models');
    const after = await listModelVersionsForAdmin(admin);
    expect(after.served.find((m) => m.kind === 'recs')?.version).toBe(version);
  });
});
