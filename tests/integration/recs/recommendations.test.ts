import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

import { db } from '@/db';
import {
  behaviourEvents,
  courses,
  enrollments,
  mlModels,
  recIndexParts,
  recItemVectors,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { newId } from '@/lib/ids';

import { createRecsUser, seedRecsFixture, type RecsFixture } from './fixtures';

/** `viewer` stands for what the session check (AUTH-4) confirms. */
const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));

const { GET } = await import('@/app/api/recommendations/route');
const { buildRecsModel } = await import('@/lib/data/recs-build');
const { getRecsForViewer } = await import('@/lib/data/recs');
const { getRecsIndex, reloadRecsIndex } = await import('@/lib/recs/load-index');

function viewer(id: string): Viewer {
  return {
    id,
    role: 'learner',
    name: 'Learner',
    email: 'hidden@test.local',
    emailVerified: true,
    locale: 'en',
  };
}

/** DATA-1: the response shape; strict objects, so any user field fails validation. */
const cardSchema = z.strictObject({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  subtitle: z.string(),
  coverUrl: z.string().nullable(),
  language: z.enum(['en', 'zh']),
  level: z.string(),
  price: z.strictObject({ amountMinor: z.number(), currency: z.string() }),
  category: z.strictObject({ id: z.string(), slug: z.string(), name: z.string() }),
  creator: z.strictObject({ name: z.string(), slug: z.string().nullable() }),
  rating: z.strictObject({ average: z.number().nullable(), count: z.number() }),
  enrollmentCount: z.number(),
  durationSec: z.number(),
});
const reasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.enum(['because_you_took', 'similar_to']),
    courseId: z.string(),
    courseSlug: z.string(),
    courseTitle: z.string(),
  }),
  z.strictObject({
    kind: z.literal('popular_in'),
    categorySlug: z.string(),
    categoryName: z.string(),
  }),
  z.strictObject({ kind: z.enum(['popular', 'recommended']) }),
]);
const responseSchema = z.strictObject({
  items: z.array(z.strictObject({ course: cardSchema, score: z.number(), reason: reasonSchema })),
  model: z.strictObject({ version: z.number().nullable() }),
});

async function call(query: string, as: string | null = null) {
  auth.viewer = as ? viewer(as) : null;
  const res = await GET(new NextRequest(`http://localhost/api/recommendations?${query}`), {
    params: Promise.resolve({}),
  });
  return { status: res.status, body: (await res.json()) as unknown };
}

let fx: RecsFixture;
let version: number;

beforeAll(async () => {
  fx = await seedRecsFixture();
  version = (await buildRecsModel()).version;
  await reloadRecsIndex();
});

describe('GET /api/recommendations', () => {
  it('ACCESS-6: answers 400 with a message when the parameters are bad', async () => {
    for (const q of [
      '',
      'for=you',
      'for=me&similar=' + fx.ids.zhPy,
      'for=me&limit=0',
      'for=me&limit=51',
      'for=me&limit=abc',
      'similar=not-an-id',
      'for=me&category=Bad Slug!',
    ]) {
      const { status, body } = await call(q, fx.learner);
      expect(status, q).toBe(400);
      expect((body as { error: { message: string } }).error.message.length, q).toBeGreaterThan(0);
    }
  });

  it("ACCESS-6: refuses to serve another user's recommendations when a user parameter is given", async () => {
    for (const q of [
      `for=me&user=${fx.learner}`,
      `for=me&userId=${fx.learner}`,
      `similar=${fx.ids.zhPy}&user_id=${fx.learner}`,
    ]) {
      const { status, body } = await call(q, null);
      expect(status, q).toBe(400);
      expect(JSON.stringify(body)).toMatch(/only for the signed-in viewer/);
    }
  });

  it('DATA-1: returns only course DTOs, reasons and the model version (zod schema with no user fields)', async () => {
    const { status, body } = await call('for=me&limit=10', fx.learner);
    expect(status).toBe(200);
    const parsed = responseSchema.parse(body);
    expect(parsed.model.version).toBe(version);
    expect(parsed.items.length).toBeGreaterThan(0);
    expect(JSON.stringify(body)).not.toContain(fx.learner);
    expect(JSON.stringify(body)).not.toContain('@test.local');
  });

  it('gives a learner who took two Chinese programming courses Chinese programming courses first', async () => {
    const res = await getRecsForViewer(
      viewer(fx.learner),
      { mode: 'me' },
      { limit: 5, locale: 'en' },
    );
    const top = res.items.slice(0, 3).map((i) => i.course);
    expect(top).toHaveLength(3);
    for (const c of top) {
      expect(c.language).toBe('zh');
      expect(c.category.id).toBe(fx.cat.prog);
    }
  });

  it('gives reasons that are true: "because you took X" names a course the learner took', async () => {
    const res = await getRecsForViewer(
      viewer(fx.learner),
      { mode: 'me' },
      { limit: 10, locale: 'en' },
    );
    const took = res.items.flatMap((i) =>
      i.reason.kind === 'because_you_took' ? [i.reason.courseId] : [],
    );
    expect(took.length).toBeGreaterThan(0);
    for (const id of took) expect([fx.ids.zhPy, fx.ids.zhJs]).toContain(id);
  });

  it("ACCESS-6: excludes owned courses and the viewer's own courses", async () => {
    const mine = await getRecsForViewer(
      viewer(fx.learner),
      { mode: 'me' },
      { limit: 50, locale: 'en' },
    );
    const ids = mine.items.map((i) => i.course.id);
    expect(ids).not.toContain(fx.ids.zhPy);
    expect(ids).not.toContain(fx.ids.zhJs);
    const creator = await getRecsForViewer(
      viewer(fx.creator),
      { mode: 'me' },
      { limit: 50, locale: 'en' },
    );
    expect(
      creator.items.map((i) => i.course.id).filter((id) => Object.values(fx.ids).includes(id)),
    ).toEqual([]);
  });

  it('ACCESS-6: never returns unpublished, in-review, rejected, archived or deleted courses (me, similar, fallbacks)', async () => {
    const fresh = await createRecsUser('No history yet');
    const lists = [
      await call('for=me&limit=50', fx.learner),
      await call('for=me&limit=50', null),
      await call('for=me&limit=50', fresh),
      await call(`similar=${fx.ids.zhPy}&limit=50`, fx.learner),
      await call(`similar=${fx.ids.zhPy}&limit=50`, null),
      await call(`for=me&limit=50&category=programming-${fx.tag}`, null),
    ];
    for (const { status, body } of lists) {
      expect(status).toBe(200);
      const ids = responseSchema.parse(body).items.map((i) => i.course.id);
      expect(ids.length).toBeGreaterThan(0);
      for (const hidden of fx.hidden) expect(ids).not.toContain(hidden);
    }
    for (const hidden of fx.hidden)
      expect((await call(`similar=${hidden}`, null)).status).toBe(404);
  });

  it('ACCESS-6: drops a course the moment it is unpublished, without a rebuild', async () => {
    const before = await getRecsForViewer(
      viewer(fx.learner),
      { mode: 'me' },
      { limit: 3, locale: 'en' },
    );
    const victim = before.items[0]!.course.id;
    await db.update(courses).set({ status: 'rejected' }).where(eq(courses.id, victim));
    try {
      for (const q of ['for=me&limit=50', `similar=${fx.ids.zhPy}&limit=50`]) {
        const ids = responseSchema
          .parse((await call(q, fx.learner)).body)
          .items.map((i) => i.course.id);
        expect(ids).not.toContain(victim);
      }
    } finally {
      await db.update(courses).set({ status: 'published' }).where(eq(courses.id, victim));
    }
  });

  it('excludes a course the learner enrolled in after the model was built', async () => {
    const before = await getRecsForViewer(
      viewer(fx.learner),
      { mode: 'me' },
      { limit: 3, locale: 'en' },
    );
    const bought = before.items[0]!.course.id;
    const id = newId();
    await db
      .insert(enrollments)
      .values({ id, userId: fx.learner, courseId: bought, source: 'free' });
    try {
      const after = await getRecsForViewer(
        viewer(fx.learner),
        { mode: 'me' },
        { limit: 50, locale: 'en' },
      );
      expect(after.items.map((i) => i.course.id)).not.toContain(bought);
    } finally {
      await db.delete(enrollments).where(eq(enrollments.id, id));
    }
  });

  it("ACCESS-6: concurrent requests each keep their own viewer's exclusions", async () => {
    const other = await createRecsUser('Concurrent learner');
    // Within this fixture's category, so other tests' courses in the same database cannot crowd it out.
    const opts = { limit: 50, locale: 'en', category: `programming-${fx.tag}` };
    const [mine, theirs] = await Promise.all([
      getRecsForViewer(viewer(fx.learner), { mode: 'me' }, opts),
      getRecsForViewer(viewer(other), { mode: 'me' }, opts),
    ]);
    expect(mine.items.map((i) => i.course.id)).not.toContain(fx.ids.zhPy);
    expect(theirs.items.map((i) => i.course.id)).toContain(fx.ids.zhPy);
    for (const hidden of fx.hidden) {
      expect(mine.items.map((i) => i.course.id)).not.toContain(hidden);
      expect(theirs.items.map((i) => i.course.id)).not.toContain(hidden);
    }
  });

  it('AUTH-4: a cookie whose session check fails gets the visitor list', async () => {
    const q = `for=me&limit=50`;
    const personal = responseSchema.parse((await call(q, fx.learner)).body);
    expect(personal.items.some((i) => i.reason.kind === 'because_you_took')).toBe(true);
    const visitor = responseSchema.parse((await call(q, null)).body);
    // The cookie still names the learner, but the database no longer accepts the session.
    auth.viewer = null;
    const res = await GET(new NextRequest(`http://localhost/api/recommendations?${q}`), {
      params: Promise.resolve({}),
    });
    const revoked = responseSchema.parse(await res.json());
    expect(revoked.items.map((i) => i.course.id)).toEqual(visitor.items.map((i) => i.course.id));
    expect(revoked.items.some((i) => i.reason.kind === 'because_you_took')).toBe(false);
  });

  it('answers in the language of the locale cookie, else of Accept-Language', async () => {
    const zh = await GET(
      new NextRequest(
        `http://localhost/api/recommendations?for=me&limit=20&category=programming-${fx.tag}`,
        {
          headers: { 'accept-language': 'zh-CN,zh;q=0.9' },
        },
      ),
      { params: Promise.resolve({}) },
    );
    const body = responseSchema.parse(await zh.json());
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((i) => i.course.category.name === '编程')).toBe(true);
    const en = await GET(
      new NextRequest(
        `http://localhost/api/recommendations?for=me&limit=20&category=programming-${fx.tag}`,
        {
          headers: { 'accept-language': 'zh-CN', cookie: 'NEXT_LOCALE=en' },
        },
      ),
      { params: Promise.resolve({}) },
    );
    expect(responseSchema.parse(await en.json()).items[0]!.course.category.name).toBe(
      'Programming',
    );
  });

  it('gives a visitor popular courses, most taken first', async () => {
    // Within this fixture's category, so other tests' data in the same database cannot interfere.
    const { body } = await call(`for=me&limit=5&category=programming-${fx.tag}`, null);
    const items = responseSchema.parse(body).items;
    expect(items.length).toBe(5);
    const scores = items.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    // Python 编程入门 is taken by most of the Chinese group and most of the English group.
    expect(items[0]!.course.id).toBe(fx.ids.zhPy);
    expect(items[0]!.reason.kind).toBe('popular_in');
  });

  it('ABUSE-4: counts a flood of views from one user once and ignores accounts younger than a day', async () => {
    const popularityOf = async (modelVersion: number) => {
      const [model] = await db
        .select({ id: mlModels.id })
        .from(mlModels)
        .where(and(eq(mlModels.kind, 'recs'), eq(mlModels.version, modelVersion)));
      const [row] = await db
        .select({ popularity: recItemVectors.popularity })
        .from(recItemVectors)
        .where(
          and(
            eq(recItemVectors.modelId, model!.id),
            eq(recItemVectors.courseId, fx.ids.enMarketing!),
          ),
        );
      return row!.popularity;
    };
    const before = await popularityOf(version);
    const flooder = await createRecsUser('Flooder');
    const fresh = await createRecsUser('Brand new', new Date());
    const views = (userId: string, n: number) =>
      Array.from({ length: n }, () => ({
        userId,
        type: 'view' as const,
        courseId: fx.ids.enMarketing!,
      }));
    await db.insert(behaviourEvents).values(views(flooder, 1000));
    await db.insert(behaviourEvents).values(views(fresh, 50));
    const rebuilt = await buildRecsModel();
    expect(await popularityOf(rebuilt.version)).toBe(before + 1);
    version = rebuilt.version;
  });

  it('ACCESS-6: past the size threshold searches an HNSW graph stored with the model, same lists', async () => {
    const opts = { limit: 20, locale: 'en', category: `programming-${fx.tag}` };
    const ask = () =>
      Promise.all([
        getRecsForViewer(viewer(fx.learner), { mode: 'me' }, opts),
        getRecsForViewer(null, { mode: 'similar', courseId: fx.ids.zhPy! }, opts),
      ]);
    const exact = await ask();
    expect((await getRecsIndex())?.hnsw).toBeNull();
    const graphed = await buildRecsModel({ hnswMinRows: 1 });
    try {
      const index = await reloadRecsIndex();
      expect(index?.version).toBe(graphed.version);
      expect(index?.hnsw?.size()).toBe(index?.count);
      const parts = await db
        .select({ part: recIndexParts.part })
        .from(recIndexParts)
        .where(eq(recIndexParts.modelId, graphed.modelId));
      expect(parts.length).toBeGreaterThan(0);
      const approx = await ask();
      // A catalogue this small is searched completely by the graph: recall 1, the same courses
      // (equal scores may swap places).
      const ids = (list: { items: { course: { id: string } }[] }) =>
        list.items.map((x) => x.course.id).sort();
      approx.forEach((list, i) => expect(ids(list)).toEqual(ids(exact[i]!)));
      const mine = approx[0].items.map((x) => x.course.id);
      expect(mine).not.toContain(fx.ids.zhPy);
      for (const hidden of fx.hidden) expect(mine).not.toContain(hidden);
    } finally {
      version = (await buildRecsModel()).version;
      await reloadRecsIndex();
    }
  });

  it('keeps serving the last good model when a build fails', async () => {
    // Other files leave failed versions too: count this kind's failures before and after.
    const failedRecs = async () =>
      (
        await db
          .select({ id: mlModels.id })
          .from(mlModels)
          .where(and(eq(mlModels.kind, 'recs'), eq(mlModels.status, 'failed')))
      ).length;
    const before = await failedRecs();
    await expect(buildRecsModel({ params: { weights: null as never } })).rejects.toThrow();
    expect(await failedRecs()).toBe(before + 1);
    expect((await reloadRecsIndex())?.version).toBe(version);
    expect((await getRecsIndex())?.version).toBe(version);
  });
});
