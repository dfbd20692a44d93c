import 'server-only';

import type { Viewer } from '@/lib/auth/viewer';
import type { CourseCard } from '@/lib/data/course-cards';
import {
  filterServable,
  getCachedCandidates,
  getCards,
  getPublicCourseCategory,
  listTakenCourseIds,
  setCachedCandidates,
  viewerGeneration,
} from '@/lib/data/recs-support';
import { AppError } from '@/lib/errors';
import { getRecsIndex, type RecsIndex } from '@/lib/recs/load-index';
import {
  personalReason,
  popularityReason,
  type PopularityReason,
  type RawReason,
} from '@/lib/recs/rank';
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

type Candidate = { row: number; score: number; reason: RawReason };

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

/**
 * The last response built from a scored list, per locale. While the live check keeps exactly the
 * same courses it is served again (briefly: card data is display-only and cached anyway), which
 * saves rebuilding and re-serialising it on every request. Results are shared: never mutated.
 */
const presented = new WeakMap<
  Candidate[],
  Map<string, { shown: string; result: RecsResult; at: number }>
>();
const PRESENTED_TTL_MS = 5_000;

async function present(
  index: RecsIndex,
  candidates: Candidate[],
  opts: { viewerId: string | null; anchor: string | null; limit: number; locale: string },
): Promise<RecsResult> {
  // Check the first `limit` candidates and only reach further down when some were dropped: most
  // requests then check exactly as many courses as they show.
  const chosen: Candidate[] = [];
  let next = 0;
  let anchorChecked = !opts.anchor;
  while (chosen.length < opts.limit && (next < candidates.length || !anchorChecked)) {
    const batch = candidates.slice(next, next + opts.limit - chosen.length);
    next += batch.length;
    const ids = batch.map((c) => index.ids[c.row]!);
    const servable = await filterServable(
      anchorChecked ? ids : [opts.anchor!, ...ids],
      opts.viewerId,
    );
    if (!anchorChecked) {
      if (!servable.has(opts.anchor!) && !(await getPublicCourseCategory(opts.anchor!))) {
        throw new AppError('NOT_FOUND', 'Course not found');
      }
      anchorChecked = true;
    }
    chosen.push(...batch.filter((c) => servable.has(index.ids[c.row]!)));
  }
  const shown = chosen.map((c) => c.row).join(',');
  const last = presented.get(candidates)?.get(opts.locale);
  if (last && last.shown === shown && Date.now() - last.at < PRESENTED_TTL_MS) return last.result;
  const reasonRows = chosen.flatMap((c) => ('row' in c.reason ? [c.reason.row] : []));
  const cards = await getCards(
    [
      ...new Set([
        ...chosen.map((c) => index.ids[c.row]!),
        ...reasonRows.map((r) => index.ids[r]!),
      ]),
    ],
    opts.locale,
  );
  const zh = opts.locale.startsWith('zh');
  const items = chosen.flatMap((c): RecItem[] => {
    const card = cards.get(index.ids[c.row]!);
    if (!card) return [];
    let reason: RecReason;
    const raw = c.reason;
    if ('row' in raw) {
      const about = cards.get(index.ids[raw.row]!);
      // A reason may only name a course that is public right now; otherwise fall back to popularity.
      reason = about
        ? { kind: raw.kind, courseId: about.id, courseSlug: about.slug, courseTitle: about.title }
        : toReason(index, popularityReason(c.row, index.category, index.ranks), zh);
    } else reason = toReason(index, raw, zh);
    return [{ course: card, score: Math.round(c.score * 1e4) / 1e4, reason }];
  });
  const result = { items, model: { version: index.version } };
  let byLocale = presented.get(candidates);
  if (!byLocale) presented.set(candidates, (byLocale = new Map()));
  byLocale.set(opts.locale, { shown, result, at: Date.now() });
  return result;
}

function toReason(index: RecsIndex, raw: PopularityReason, zh: boolean): RecReason {
  if (raw.kind !== 'popular_in') return { kind: raw.kind };
  const cat = index.categories[raw.category];
  if (!cat) return { kind: 'popular' };
  return { kind: 'popular_in', categorySlug: cat.slug, categoryName: zh ? cat.nameZh : cat.nameEn };
}
