import 'server-only';

import { and, eq } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { listCourseCardsByIds, publicCourseWhere, type CourseCard } from '@/lib/data/course-cards';
import { AppError } from '@/lib/errors';
import {
  forViewer,
  popularRows,
  similarTo,
  type Candidate,
  type Exclusions,
} from '@/lib/recs/candidates';
import { getRecsIndex, type RecsIndex } from '@/lib/recs/load-index';
import { popularityReason, type PopularityReason } from '@/lib/recs/rank';
import type { RecItem, RecReason, RecsRequest, RecsResult } from '@/lib/recs/types';

/** Extra candidates scored beyond `limit`, so live visibility drops rarely need a second round. */
const OVERFETCH = 8;
/** Rounds of scoring deeper when the live check dropped too many (each one card query). */
const MAX_ROUNDS = 4;

/**
 * Recommendations for the viewer: `me` (their own; anonymous viewers get popular courses) or
 * `similar` to a public course. Only public courses (ACCESS-6), never one the viewer owns or
 * created; the response carries course DTOs and reasons, no user data (DATA-1).
 */
export async function getRecsForViewer(
  viewer: Viewer | null,
  request: RecsRequest,
  opts: { limit: number; category?: string; locale: string },
): Promise<RecsResult> {
  const index = await getRecsIndex();
  if (!index) return { items: [], model: { version: null } };
  const taken = viewer ? await listTakenRows(index, viewer.id) : [];
  const anchor = request.mode === 'similar' ? request.courseId : null;
  const anchorRow = anchor === null ? undefined : index.rowOf.get(anchor);
  const ex: Exclusions = {
    rows: new Set(anchorRow === undefined ? taken : [...taken, anchorRow]),
    creator: viewer ? index.creatorOf.get(viewer.id) : undefined,
    category: categoryRow(index, opts.category),
    seen: new Set(),
  };
  let coldCategory: Set<number> | null = null;
  if (anchor !== null && anchorRow === undefined) {
    // A course newer than the model: popular courses of its category (cold start).
    const categoryId = await getPublicCourseCategory(anchor);
    if (!categoryId) throw new AppError('NOT_FOUND', 'Errors.notFound');
    coldCategory = new Set([index.categories.findIndex((c) => c.id === categoryId)]);
  }
  const score = (n: number): Candidate[] => {
    if (coldCategory) return popularRows(index, n, ex, ex.category === null ? coldCategory : null);
    if (anchorRow !== undefined) return similarTo(index, anchorRow, n, ex);
    return forViewer(index, viewer?.id ?? null, taken, n, ex);
  };

  // Score, then keep what is public right now (the card query is the live check, and the first
  // one also checks the anchor); score deeper only when that check dropped some.
  const items: RecItem[] = [];
  const zh = opts.locale.startsWith('zh');
  for (let round = 0; round < MAX_ROUNDS && items.length < opts.limit; round++) {
    const candidates = score(opts.limit - items.length + OVERFETCH);
    if (round > 0 && candidates.length === 0) break;
    for (const c of candidates) ex.seen!.add(c.row);
    const reasonRows = candidates.flatMap((c) => ('row' in c.reason ? [c.reason.row] : []));
    const ids = [...candidates.map((c) => c.row), ...reasonRows].map((r) => index.ids[r]!);
    const checkAnchor = round === 0 && anchor !== null;
    const cards = await getCards(checkAnchor ? [anchor, ...ids] : ids, opts.locale);
    if (checkAnchor && !cards.has(anchor)) throw new AppError('NOT_FOUND', 'Errors.notFound');
    for (const c of candidates) {
      const card = cards.get(index.ids[c.row]!);
      if (card && items.length < opts.limit) items.push(toItem(index, c, card, cards, zh));
    }
    if (candidates.length === 0) break;
  }
  return { items, model: { version: index.version } };
}

function toItem(
  index: RecsIndex,
  c: Candidate,
  card: CourseCard,
  cards: Map<string, CourseCard>,
  zh: boolean,
): RecItem {
  const raw = c.reason;
  let reason: RecReason;
  if ('row' in raw) {
    const about = cards.get(index.ids[raw.row]!);
    // A reason may only name a course that is public right now; otherwise fall back to popularity.
    reason = about
      ? { kind: raw.kind, courseId: about.id, courseSlug: about.slug, courseTitle: about.title }
      : toReason(index, popularityReason(c.row, index.category, index.ranks), zh);
  } else reason = toReason(index, raw, zh);
  return { course: card, score: Math.round(c.score * 1e4) / 1e4, reason };
}

function toReason(index: RecsIndex, raw: PopularityReason, zh: boolean): RecReason {
  if (raw.kind !== 'popular_in') return { kind: raw.kind };
  const cat = index.categories[raw.category];
  if (!cat) return { kind: 'popular' };
  return { kind: 'popular_in', categorySlug: cat.slug, categoryName: zh ? cat.nameZh : cat.nameEn };
}

function categoryRow(index: RecsIndex, slug: string | undefined): number | null {
  if (slug === undefined) return null;
  const c = index.categoryBySlug.get(slug);
  if (c === undefined) throw new AppError('BAD_REQUEST', 'Recs.errors.unknownCategory');
  return c;
}

/** Rows of the courses the viewer is actively enrolled in, read live (their own data only). */
async function listTakenRows(index: RecsIndex, userId: string): Promise<number[]> {
  const rows = await db
    .select({ id: enrollments.courseId })
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.status, 'active')));
  return rows.flatMap((r) => index.rowOf.get(r.id) ?? []);
}

/** Card DTOs of the ids that are public right now (the others are absent): ACCESS-6's live check. */
async function getCards(ids: string[], locale: string): Promise<Map<string, CourseCard>> {
  const cards = await listCourseCardsByIds([...new Set(ids)], locale);
  return new Map(cards.map((c) => [c.id, c]));
}

/** A public course's category, or null when the course is not public (similar=<id> on a hidden course). */
async function getPublicCourseCategory(courseId: string): Promise<string | null> {
  const [row] = await db
    .select({ categoryId: courses.categoryId })
    .from(courses)
    .where(and(publicCourseWhere, eq(courses.id, courseId)))
    .limit(1);
  return row?.categoryId ?? null;
}
