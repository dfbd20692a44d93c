import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments } from '@/db/schema';
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

/**
 * The live check every response passes (ACCESS-6): which of `ids` are public right now and,
 * for a signed-in viewer, not already theirs. One indexed query.
 */
export async function filterServable(ids: string[], viewerId: string | null): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  if (!viewerId) {
    const rows = await publicAmong.execute({ ids });
    return new Set(rows.map((r) => r.id));
  }
  const rows = await publicAndNotOwnedAmong.execute({ ids, viewerId });
  return new Set(rows.filter((r) => r.owner === null).map((r) => r.id));
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
