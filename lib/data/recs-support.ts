import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments } from '@/db/schema';
import { batchedReads } from '@/lib/data/batched-reads';
import { listCourseCardsByIds, publicCourseWhere, type CourseCard } from '@/lib/data/course-cards';

/**
 * Per-process caches that keep the recommendations route off the database: a viewer's taken
 * courses and scored candidate lists (pre-filtering and reasons only; ownership and visibility
 * are re-checked on every request), and card DTOs (display only).
 */
const TAKEN_TTL_MS = 10_000;
const CARD_TTL_MS = 60_000;
const MAX_ENTRIES = 20_000;

type Entry<T> = { value: T; at: number };

function lruGet<T>(map: Map<string, Entry<T>>, key: string, ttl: number): T | undefined {
  const e = map.get(key);
  if (!e || Date.now() - e.at > ttl) return undefined;
  return e.value;
}

function lruSet<T>(map: Map<string, Entry<T>>, key: string, value: T) {
  map.delete(key);
  map.set(key, { value, at: Date.now() });
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
}

type Caches = {
  taken: Map<string, Entry<string[]>>;
  cards: Map<string, Entry<CourseCard>>;
  scored: Map<string, Entry<unknown>>;
  generation: Map<string, number>;
  generationCounter: number;
};
const g = globalThis as unknown as { zhishiRecsCaches?: Caches };
const caches: Caches = (g.zhishiRecsCaches ??= {
  taken: new Map(),
  cards: new Map(),
  scored: new Map(),
  generation: new Map(),
  generationCounter: 0,
});
/** Keys carry the model version, so a new build starts afresh; the TTL bounds how stale reasons get. */
const SCORED_TTL_MS = 10 * 60_000;

/** A scored candidate list computed recently for the same key. */
export function getCachedCandidates<T>(key: string): T | undefined {
  return lruGet(caches.scored, key, SCORED_TTL_MS) as T | undefined;
}

export function setCachedCandidates(key: string, value: unknown): void {
  lruSet(caches.scored, key, value);
}

/** Courses the user is actively enrolled in (their own data only). */
export async function listTakenCourseIds(userId: string): Promise<string[]> {
  const hit = lruGet(caches.taken, userId, TAKEN_TTL_MS);
  if (hit) return hit;
  const rows = await db
    .select({ id: enrollments.courseId })
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.status, 'active')));
  const ids = rows.map((r) => r.id);
  lruSet(caches.taken, userId, ids);
  return ids;
}

/** Part of a viewer's scored-list key: bumped when their enrolments change. */
export function viewerGeneration(userId: string): number {
  return caches.generation.get(userId) ?? 0;
}

/** Drops cached per-viewer data, e.g. right after an enrolment. */
export function forgetViewerRecs(userId: string): void {
  caches.taken.delete(userId);
  // A process-wide counter, so an evicted entry never brings back a number used since.
  caches.generation.delete(userId);
  caches.generation.set(userId, ++caches.generationCounter);
  if (caches.generation.size > MAX_ENTRIES)
    caches.generation.delete(caches.generation.keys().next().value!);
}

// The live check runs on every response: prepared once, so Drizzle does not rebuild the SQL each
// time. mysql2 expands an array parameter into a comma-separated list inside the parentheses.
const publicAmong = db
  .select({ id: courses.id })
  .from(courses)
  .where(and(publicCourseWhere, sql`${courses.id} in (${sql.placeholder('ids')})`))
  .prepare();
const publicAndNotOwnedAmong = db
  .select({ id: courses.id, owner: enrollments.userId })
  .from(courses)
  .leftJoin(
    enrollments,
    and(
      eq(enrollments.courseId, courses.id),
      eq(enrollments.userId, sql.placeholder('viewerId')),
      eq(enrollments.status, 'active'),
    ),
  )
  .where(and(publicCourseWhere, sql`${courses.id} in (${sql.placeholder('ids')})`))
  .prepare();
const ownedAmong = db
  .select({ id: enrollments.courseId, owner: enrollments.userId })
  .from(enrollments)
  .where(
    and(
      // (user, course) pairs: a plain IN per column would pair every viewer with every course.
      sql`(${enrollments.userId}, ${enrollments.courseId}) in (${sql.placeholder('pairs')})`,
      eq(enrollments.status, 'active'),
    ),
  )
  .prepare();

type ServableKey = { ids: string[]; viewerId: string | null };

/** Checks that arrive together share their queries; each still sees the catalogue as it is now. */
const servableBatches = batchedReads<ServableKey, Set<string>>(async (keys) => {
  if (keys.length === 1 && keys[0]!.viewerId) {
    // A quiet server: one joined query, as cheap as it gets for a single request.
    const rows = await publicAndNotOwnedAmong.execute({
      ids: keys[0]!.ids,
      viewerId: keys[0]!.viewerId,
    });
    return [new Set(rows.filter((r) => r.owner === null).map((r) => r.id))];
  }
  const ids = [...new Set(keys.flatMap((k) => k.ids))];
  const pairs = keys.flatMap((k) => (k.viewerId ? k.ids.map((id) => [k.viewerId, id]) : []));
  const [visible, owned] = await Promise.all([
    publicAmong.execute({ ids }),
    pairs.length > 0 ? ownedAmong.execute({ pairs }) : Promise.resolve([]),
  ]);
  const isPublic = new Set(visible.map((r) => r.id));
  const ownedBy = new Set(owned.map((r) => `${r.owner}:${r.id}`));
  return keys.map(
    (k) => new Set(k.ids.filter((id) => isPublic.has(id) && !ownedBy.has(`${k.viewerId}:${id}`))),
  );
}, 100);

/**
 * The live check every response passes (ACCESS-6): which of `ids` are public right now and,
 * for a signed-in viewer, not already theirs.
 */
export async function filterServable(ids: string[], viewerId: string | null): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return servableBatches.load({ ids, viewerId });
}

/** Card DTOs by id, cached briefly; ids that are not public are simply absent. */
export async function getCards(ids: string[], locale: string): Promise<Map<string, CourseCard>> {
  const out = new Map<string, CourseCard>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = lruGet(caches.cards, `${locale}:${id}`, CARD_TTL_MS);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  if (missing.length > 0) {
    for (const card of await listCourseCardsByIds(missing, locale)) {
      lruSet(caches.cards, `${locale}:${card.id}`, card);
      out.set(card.id, card);
    }
  }
  return out;
}

/** A public course's category, or null when the course is not public (similar=<id> on a hidden course). */
export async function getPublicCourseCategory(courseId: string): Promise<string | null> {
  const [row] = await db
    .select({ categoryId: courses.categoryId })
    .from(courses)
    .where(and(publicCourseWhere, eq(courses.id, courseId)))
    .limit(1);
  return row?.categoryId ?? null;
}
