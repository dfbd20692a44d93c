import 'server-only';

import type { Viewer } from '@/lib/auth/viewer';
import type { CourseCard } from '@/lib/data/course-cards';
import { present } from '@/lib/data/recs-present';
import {
  getCachedCandidates,
  getPublicCourseCategory,
  listTakenCourseIds,
  setCachedCandidates,
  viewerGeneration,
} from '@/lib/data/recs-support';
import { AppError } from '@/lib/errors';
import { getRecsIndex, type RecsIndex } from '@/lib/recs/load-index';
import { personalReason, popularityReason, type RawReason } from '@/lib/recs/rank';
import { normalizeInPlace, topByDot } from '@/lib/recs/score';
import { itemQuery } from '@/lib/recs/vectors';

export { maybeScheduleRecsRebuild } from '@/lib/data/recs-rebuild';
export { forgetViewerRecs } from '@/lib/data/recs-support';

/** Structured so the UI translates it; names only public course titles and category names. */
export type RecReason =
  | {
      kind: 'because_you_took' | 'similar_to';
      courseId: string;
      courseSlug: string;
      courseTitle: string;
    }
  | { kind: 'popular_in'; categorySlug: string; categoryName: string }
  | { kind: 'popular' }
  | { kind: 'recommended' };

export type RecItem = { course: CourseCard; score: number; reason: RecReason };
/**
 * A signed-in viewer whose session check (AUTH-4) is still running: reads for `id` may start, but
 * nothing is returned unless `check` confirms that same user.
 */
export type PendingViewer = { id: string; check: Promise<Viewer | null> };
export type RecsResult = { items: RecItem[]; model: { version: number | null } };
export type RecsRequest = { mode: 'me' } | { mode: 'similar'; courseId: string };

/** Extra candidates scored beyond `limit`, so live visibility and ownership drops rarely shorten a list. */
const OVERFETCH = 8;

export type Candidate = { row: number; score: number; reason: RawReason };

function popularList(
  index: RecsIndex,
  n: number,
  skip: Uint8Array,
  categories: Set<number> | null,
): Candidate[] {
  const out: Candidate[] = [];
  const top = index.popularity[index.byPopularity[0] ?? 0] || 1;
  for (const row of index.byPopularity) {
    if (out.length >= n) break;
    if (skip[row] || (categories && !categories.has(index.category[row]!))) continue;
    out.push({
      row,
      score: index.popularity[row]! / top,
      reason: popularityReason(row, index.category, index.ranks),
    });
  }
  return out;
}

function foldIn(index: RecsIndex, rows: number[]): Float32Array {
  const q = new Float32Array(index.dim);
  for (const r of rows) {
    const v = itemQuery(index.layout, index.items.subarray(r * index.dim, (r + 1) * index.dim));
    for (let d = 0; d < index.dim; d++) q[d]! += v[d]!;
  }
  return normalizeInPlace(q) as Float32Array;
}

/**
 * Recommendations for the viewer: `me` (their own; anonymous viewers get popular courses) or
 * `similar` to a public course. Only public courses (ACCESS-6), never one the viewer owns or
 * created; the response carries course DTOs and reasons, no user data (DATA-1).
 */
export async function getRecsForViewer(
  who: Viewer | null | PendingViewer,
  request: RecsRequest,
  opts: { limit: number; category?: string; locale: string },
): Promise<RecsResult> {
  if (who && 'check' in who) {
    // A scored list cached for this user was computed after an earlier, confirmed check: its live
    // check can run alongside this request's session check, which saves a round trip of latency.
    const index = await getRecsIndex();
    const cached = index
      ? getCachedCandidates<Candidate[]>(scoredKey(index, who.id, request, opts))
      : undefined;
    if (!index || !cached) return getRecsForViewer(await who.check, request, opts);
    const [viewer, result] = await Promise.all([
      who.check,
      present(index, cached, {
        viewerId: who.id,
        anchor: request.mode === 'similar' ? request.courseId : null,
        limit: opts.limit,
        locale: opts.locale,
      }),
    ]);
    return viewer?.id === who.id ? result : getRecsForViewer(viewer, request, opts);
  }
  const viewer = who;
  const loaded = await getRecsIndex();
  if (!loaded) return { items: [], model: { version: null } };
  const index: RecsIndex = loaded;
  const categoryFilter = categoryRow(index, opts.category);
  const anchor = request.mode === 'similar' ? request.courseId : null;
  // Scored lists are cached per model version, viewer (and their enrolment generation) and request:
  // the scan is the expensive part. Visibility and ownership are re-checked on every request below.
  const key = scoredKey(index, viewer?.id ?? null, request, opts);
  let candidates = getCachedCandidates<Candidate[]>(key);
  if (!candidates) {
    const takenIds = viewer ? await listTakenCourseIds(viewer.id) : [];
    candidates = await scoreCandidates(takenIds.flatMap((id) => index.rowOf.get(id) ?? []));
    setCachedCandidates(key, candidates);
  }
  async function scoreCandidates(taken: number[]): Promise<Candidate[]> {
    const skip = new Uint8Array(index.count);
    for (const r of taken) skip[r] = 1;
    const own = viewer ? index.creatorOf.get(viewer.id) : undefined;
    if (own !== undefined)
      for (let r = 0; r < index.count; r++) if (index.creator[r] === own) skip[r] = 1;
    const n = opts.limit + OVERFETCH;
    const allow = categoryFilter === null ? null : index.category;
    const allowValue = categoryFilter ?? -1;
    const onlyCategory = categoryFilter === null ? null : new Set([categoryFilter]);
    let candidates: Candidate[];

    if (request.mode === 'similar') {
      const row = index.rowOf.get(request.courseId);
      if (row === undefined) {
        // A course newer than the model: popular courses of its category (cold start).
        const categoryId = await getPublicCourseCategory(request.courseId);
        if (!categoryId) throw new AppError('NOT_FOUND', 'Course not found');
        const c = index.categories.findIndex((x) => x.id === categoryId);
        candidates = popularList(index, n, skip, onlyCategory ?? new Set([c]));
      } else {
        skip[row] = 1;
        const query = itemQuery(
          index.layout,
          index.items.subarray(row * index.dim, (row + 1) * index.dim),
        );
        candidates = topByDot({
          matrix: index.items,
          dim: index.dim,
          count: index.count,
          query,
          n,
          skip,
          allow,
          allowValue,
        }).map((s) => ({ row: s.index, score: s.score, reason: { kind: 'similar_to', row } }));
      }
    } else {
      const userRow = viewer ? index.userRowOf.get(viewer.id) : undefined;
      const query =
        userRow !== undefined
          ? index.users.subarray(userRow * index.dim, (userRow + 1) * index.dim)
          : taken.length > 0
            ? foldIn(index, taken)
            : null;
      if (query) {
        candidates = topByDot({
          matrix: index.items,
          dim: index.dim,
          count: index.count,
          query,
          n,
          skip,
          allow,
          allowValue,
        }).map((s) => ({
          row: s.index,
          score: s.score,
          reason: personalReason({
            items: index.items,
            dim: index.dim,
            row: s.index,
            taken,
            category: index.category,
            ranks: index.ranks,
          }),
        }));
      } else {
        // New or anonymous viewer: popular within their categories, else overall.
        const theirs = taken.length > 0 ? new Set(taken.map((r) => index.category[r]!)) : null;
        candidates = popularList(index, n, skip, onlyCategory ?? theirs);
        if (candidates.length < opts.limit && !onlyCategory && theirs) {
          const more = popularList(index, n, skip, null).filter(
            (c) => !candidates.some((x) => x.row === c.row),
          );
          candidates = [...candidates, ...more].slice(0, n);
        }
      }
    }
    return candidates;
  }
  return present(index, candidates, {
    viewerId: viewer?.id ?? null,
    anchor,
    limit: opts.limit,
    locale: opts.locale,
  });
}

function categoryRow(index: RecsIndex, slug: string | undefined): number | null {
  if (slug === undefined) return null;
  const c = index.categoryBySlug.get(slug);
  if (c === undefined) throw new AppError('BAD_REQUEST', 'category: unknown category');
  return c;
}

function scoredKey(
  index: RecsIndex,
  viewerId: string | null,
  request: RecsRequest,
  opts: { limit: number; category?: string },
): string {
  return [
    index.version,
    viewerId ? `${viewerId}:${viewerGeneration(viewerId)}` : '-',
    request.mode,
    request.mode === 'similar' ? request.courseId : '',
    categoryRow(index, opts.category) ?? '',
    opts.limit,
  ].join('|');
}
