import 'server-only';

import type { Candidate, RecItem, RecReason, RecsResult } from '@/lib/data/recs';
import { filterServable, getCards, getPublicCourseCategory } from '@/lib/data/recs-support';
import { AppError } from '@/lib/errors';
import type { RecsIndex } from '@/lib/recs/load-index';
import { popularityReason, type PopularityReason } from '@/lib/recs/rank';

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

/** Live-checks scored candidates (ACCESS-6) and turns the survivors into cards with true reasons. */
export async function present(
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
