import { and, eq, inArray, max } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { categories, courses, courseTags, mlModels, tags } from '@/db/schema';
import { suggestCourseMetadataAction } from '@/lib/actions/studio/suggest-course-metadata';
import { newId } from '@/lib/ids';
import { trainCategoryKnn } from '@/lib/recs/category-knn';
import { courseTokens } from '@/lib/recs/features';
import { runAction } from '@/tests/support/actions';
import { createTestUser, type TestUser } from '@/tests/support/auth-users';
import { makeCourse } from '@/tests/support/dashboard-fixtures';
import { resetRequest } from '@/tests/support/next-headers';

import { actAs } from './builder-fixtures';

const run = newId(6).toLowerCase();
const python = { id: newId(), tag: `py${run}`, other: `data${run}` };
const baking = { id: newId(), tag: `bake${run}` };
const PYTHON_TEXTS = [
  'Python programming for beginners: variables, functions and loops',
  'Object oriented Python: classes, inheritance and programming patterns',
  'Data analysis with Python, pandas and numpy programming',
  'Automate boring tasks with Python scripts and programming',
  'Python web programming with Flask and Django',
  'Testing Python programs with pytest: programming with confidence',
];
const BAKING_TEXTS = [
  'Bread baking at home: sourdough, flour and yeast',
  'French pastry baking: croissants, butter and dough',
  'Cake baking and decorating with cream and sugar',
  'Gluten free baking: flour blends, cookies and muffins',
  'Baking with children: simple cookies and cupcakes',
  'Artisan bread baking in a home oven with a dutch oven',
];

let owner: TestUser;
let courseId: string;
let hidden: number[] = [];
let modelId: number | undefined;

async function insertCourses(categoryId: string, texts: string[], tagIds: string[][]) {
  const creator = await createTestUser({ role: 'creator' });
  for (const [i, title] of texts.entries()) {
    const id = newId();
    await db.insert(courses).values({
      id,
      slug: `suggest-${id.toLowerCase()}`,
      creatorId: creator.id,
      categoryId,
      title,
      description: title,
      language: 'en',
      priceMinor: 0,
      currency: 'USD',
      status: 'published',
    });
    for (const tagId of tagIds[i % tagIds.length]!)
      await db.insert(courseTags).values({ courseId: id, tagId });
  }
}

/** Trains the suggester on this file's two categories and serves it as the newest version. */
async function trainModel() {
  const docs = [...PYTHON_TEXTS, ...BAKING_TEXTS].map((t) =>
    courseTokens({ title: t, subtitle: '', description: t, tags: [] }),
  );
  const labels = [...PYTHON_TEXTS.map(() => 0), ...BAKING_TEXTS.map(() => 1)];
  const trained = trainCategoryKnn(docs, labels);
  const [row] = await db
    .select({ v: max(mlModels.version) })
    .from(mlModels)
    .where(eq(mlModels.kind, 'category_knn'));
  const [inserted] = await db
    .insert(mlModels)
    .values({
      kind: 'category_knn',
      version: (row?.v ?? 0) + 1,
      status: 'ready',
      params: {},
      payload: { ...trained.payload, categoryIds: [python.id, baking.id] },
    })
    .$returningId();
  modelId = inserted!.id;
}

beforeAll(async () => {
  // The served suggester is the newest ready one: other files' models stand aside until the end.
  hidden = (
    await db
      .select({ id: mlModels.id })
      .from(mlModels)
      .where(and(eq(mlModels.kind, 'category_knn'), eq(mlModels.status, 'ready')))
  ).map((r) => r.id);
  if (hidden.length) {
    await db.update(mlModels).set({ status: 'failed' }).where(inArray(mlModels.id, hidden));
  }
  await db.insert(categories).values([
    { id: python.id, slug: `python-${run}`, nameEn: `Programming ${run}`, nameZh: `编程 ${run}` },
    { id: baking.id, slug: `baking-${run}`, nameEn: `Baking ${run}`, nameZh: `烘焙 ${run}` },
  ]);
  const tagRows = [python.tag, python.other, baking.tag].map((name) => ({
    id: newId(),
    slug: name,
    name,
  }));
  await db.insert(tags).values(tagRows);
  const [py, data, bake] = tagRows.map((t) => t.id) as [string, string, string];
  await insertCourses(python.id, PYTHON_TEXTS, [[py, data], [py]]);
  await insertCourses(baking.id, BAKING_TEXTS, [[bake]]);
  owner = await createTestUser({ role: 'creator' });
  courseId = await makeCourse(owner.id, { status: 'draft' });
});

afterAll(async () => {
  if (modelId) await db.delete(mlModels).where(eq(mlModels.id, modelId));
  if (hidden.length) {
    await db.update(mlModels).set({ status: 'ready' }).where(inArray(mlModels.id, hidden));
  }
});

beforeEach(() => resetRequest());

const PYTHON_DRAFT = 'Learn Python programming: write functions, loops and small scripts';

describe('studio category and tag suggestions', () => {
  it('answers an empty list (and says no model) before any suggester is built', async () => {
    await actAs(owner);
    const out = await runAction(suggestCourseMetadataAction, { courseId, text: PYTHON_DRAFT });
    expect(out.state).toEqual({ ok: true, data: { model: false, categories: [], tags: [] } });
  });

  it('gives the owner the Python category with its confidence and tags from its courses, minus chosen ones', async () => {
    await trainModel();
    await actAs(owner);
    const out = await runAction(suggestCourseMetadataAction, {
      courseId,
      text: PYTHON_DRAFT,
      tags: python.other,
    });
    expect(out.state?.ok).toBe(true);
    const data = (
      out.state as {
        data: { model: boolean; categories: { id: string; percent: number }[]; tags: string[] };
      }
    ).data;
    expect(data.model).toBe(true);
    expect(data.categories[0]?.id).toBe(python.id);
    expect(data.categories[0]!.percent).toBeGreaterThan(50);
    expect(data.categories[0]!.percent).toBeLessThanOrEqual(100);
    expect(data.tags[0]).toBe(python.tag);
    expect(data.tags).not.toContain(python.other);

    const cooking = await runAction(suggestCourseMetadataAction, {
      courseId,
      text: 'Sourdough bread baking with flour, yeast and a hot oven',
    });
    const cook = (cooking.state as { data: { categories: { id: string }[]; tags: string[] } }).data;
    expect(cook.categories[0]?.id).toBe(baking.id);
    expect(cook.tags[0]).toBe(baking.tag);
  });

  it('ACCESS-1: refuses another creator (not found) and a learner (forbidden)', async () => {
    await actAs(await createTestUser({ role: 'creator' }));
    const other = await runAction(suggestCourseMetadataAction, { courseId, text: PYTHON_DRAFT });
    expect(other.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await actAs(await createTestUser({ role: 'learner' }));
    const learner = await runAction(suggestCourseMetadataAction, { courseId, text: PYTHON_DRAFT });
    expect(learner.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    resetRequest();
    const anonymous = await runAction(suggestCourseMetadataAction, {
      courseId,
      text: PYTHON_DRAFT,
    });
    expect(anonymous.state).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('validates the text and rate limits each creator', async () => {
    const creator = await createTestUser({ role: 'creator' });
    const own = await makeCourse(creator.id, { status: 'draft' });
    await actAs(creator);
    const long = await runAction(suggestCourseMetadataAction, {
      courseId: own,
      text: 'x'.repeat(20_401),
    });
    expect(long.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const codes: string[] = [];
    for (let i = 0; i < 61; i++) {
      const out = await runAction(suggestCourseMetadataAction, {
        courseId: own,
        text: PYTHON_DRAFT,
      });
      codes.push(out.state?.ok ? 'ok' : ((out.state as { code: string }).code ?? ''));
    }
    expect(codes.slice(0, 60).every((c) => c === 'ok')).toBe(true);
    expect(codes[60]).toBe('RATE_LIMITED');
  });
});
