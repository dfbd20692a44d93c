import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import {
  behaviourEvents,
  categories,
  courses,
  courseSearchTerms,
  enrollments,
  users,
  type CourseStatus,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { listPublicCourses, listPublicCourseSlugs } from '@/lib/data/catalog';
import { getCourseForStorefront } from '@/lib/data/course-page';
import { enrolInFreeCourse } from '@/lib/data/enrollments';
import { searchCourses } from '@/lib/data/search';
import { newId } from '@/lib/ids';
import { courseSearchTerms as termsFor } from '@/lib/search/course-terms';

const tag = newId(6).toLowerCase();
const viewerOf = (id: string, role: Viewer['role']): Viewer => ({
  id,
  role,
  name: role,
  email: `${id}@t.local`,
  emailVerified: true,
  locale: 'en',
});

let categoryId = '';
let creator: Viewer;
let otherCreator: Viewer;
let learner: Viewer;
let admin: Viewer;
const ids: Record<string, string> = {};

async function makeUser(role: Viewer['role']): Promise<Viewer> {
  const id = newId();
  await db
    .insert(users)
    .values({ id, email: `${role}-${id}@t.local`, name: `${role} ${tag}`, role });
  return viewerOf(id, role);
}

async function makeCourse(
  key: string,
  status: CourseStatus,
  opts: { priceMinor?: number; deleted?: boolean; title?: string } = {},
) {
  const id = newId();
  const title = opts.title ?? `Zebrafish ${key} 斑马鱼${key} ${tag}`;
  await db.insert(courses).values({
    id,
    slug: `vis-${key}-${tag}`,
    creatorId: creator.id,
    categoryId,
    title,
    description: 'Markdown body',
    language: 'en',
    priceMinor: opts.priceMinor ?? 0,
    currency: 'USD',
    status,
    publishedAt: status === 'published' ? new Date() : null,
    deletedAt: opts.deleted ? new Date() : null,
  });
  const terms = termsFor({ title, subtitle: '', tags: [], categoryNames: [], description: '' });
  await db.insert(courseSearchTerms).values(terms.map((t) => ({ ...t, courseId: id })));
  ids[key] = id;
}

beforeAll(async () => {
  categoryId = newId();
  await db
    .insert(categories)
    .values({ id: categoryId, slug: `vis-${tag}`, nameEn: 'Visibility', nameZh: '可见性' });
  [creator, otherCreator, learner, admin] = await Promise.all([
    makeUser('creator'),
    makeUser('creator'),
    makeUser('learner'),
    makeUser('admin'),
  ]);
  await makeCourse('public', 'published');
  await makeCourse('paid', 'published', { priceMinor: 1999 });
  await makeCourse('draft', 'draft');
  await makeCourse('review', 'in_review');
  await makeCourse('takendown', 'rejected');
  await makeCourse('archived', 'archived');
  await makeCourse('deleted', 'published', { deleted: true });
  await makeCourse('ml', 'published', { title: `机器学习实战 ${tag}` });
  await makeCourse('learnonly', 'published', { title: `学习方法 ${tag}` });
});

const HIDDEN = ['draft', 'review', 'takendown', 'archived', 'deleted'] as const;

describe('storefront visibility (ACCESS-6)', () => {
  it('lists only published, undeleted courses when browsing a category', async () => {
    const page = await listPublicCourses('en', {}, { categoryId });
    expect(page.items.map((c) => c.id).sort()).toEqual(
      [ids.public, ids.paid, ids.ml, ids.learnonly].sort(),
    );
    expect(page.total).toBe(4);
  });

  it('finds only public courses when searching in English and in Chinese', async () => {
    for (const q of [`zebrafish ${tag}`, '斑马鱼']) {
      const found = (await searchCourses('en', { q })).items.map((c) => c.id);
      expect(found).toContain(ids.public);
      for (const key of HIDDEN) expect(found).not.toContain(ids[key]);
    }
  });

  it('ranks and filters Chinese matches when only part of the query matches', async () => {
    const found = (await searchCourses('en', { q: '机器学习' })).items.map((c) => c.id);
    expect(found).toContain(ids.ml);
    // Sharing the single bigram "学习" is not enough: at least half the query terms must match.
    expect(found).not.toContain(ids.learnonly);
  });

  it('returns nothing and touches no table when the query is SQL (WEB-6)', async () => {
    const result = await searchCourses('en', { q: "' OR 1=1 --" });
    expect(result.items.map((c) => c.id)).not.toContain(ids.draft);
    expect((await listPublicCourses('en', {}, { categoryId })).total).toBe(4);
  });

  it('keeps hidden courses out of the sitemap', async () => {
    const slugs = (await listPublicCourseSlugs()).map((s) => s.slug);
    expect(slugs).toContain(`vis-public-${tag}`);
    for (const key of HIDDEN) expect(slugs).not.toContain(`vis-${key}-${tag}`);
  });

  it('returns null (a 404) for hidden courses when the visitor is anonymous, a learner or another creator', async () => {
    for (const key of HIDDEN) {
      for (const viewer of [null, learner, otherCreator]) {
        expect(await getCourseForStorefront(`vis-${key}-${tag}`, viewer, 'en')).toBeNull();
      }
    }
  });

  it('shows a draft as a preview when the viewer is its creator or an admin, but never a deleted course', async () => {
    for (const viewer of [creator, admin]) {
      const draft = await getCourseForStorefront(`vis-draft-${tag}`, viewer, 'en');
      expect(draft?.isPreview).toBe(true);
      expect(await getCourseForStorefront(`vis-deleted-${tag}`, viewer, 'en')).toBeNull();
    }
  });

  it('returns the public page without lesson bodies when the course is published', async () => {
    const course = await getCourseForStorefront(`vis-public-${tag}`, null, 'en');
    expect(course?.isPreview).toBe(false);
    expect(JSON.stringify(course)).not.toMatch(/"body"|storageKey|mediaId/);
  });
});

describe('enrolInFreeCourse', () => {
  it('enrols once and records one enroll event when called twice for a free course', async () => {
    const first = await enrolInFreeCourse(learner, ids.public!);
    const second = await enrolInFreeCourse(learner, ids.public!);
    expect([first.created, second.created]).toEqual([true, false]);
    const rows = await db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.userId, learner.id), eq(enrollments.courseId, ids.public!)));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.source).toBe('free');
    const events = await db
      .select()
      .from(behaviourEvents)
      .where(
        and(eq(behaviourEvents.userId, learner.id), eq(behaviourEvents.courseId, ids.public!)),
      );
    expect(events.map((e) => e.type)).toEqual(['enroll']);
    const [course] = await db
      .select({ n: courses.enrollmentCount })
      .from(courses)
      .where(eq(courses.id, ids.public!));
    expect(course?.n).toBe(1);
  });

  it('refuses a paid course when no payment exists', async () => {
    await expect(enrolInFreeCourse(learner, ids.paid!)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a free course that is not public (draft or deleted)', async () => {
    await expect(enrolInFreeCourse(learner, ids.draft!)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(enrolInFreeCourse(learner, ids.deleted!)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
