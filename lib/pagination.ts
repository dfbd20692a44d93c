/** Page-size ceiling for every public list (keeps one request's cost bounded). */
export const MAX_PAGE_SIZE = 50;

export type PageWindow = { page: number; pageSize: number; offset: number };

/** Clamps a requested page and size into something safe to turn into LIMIT/OFFSET. */
export function pageWindow(
  page: number | undefined,
  pageSize: number | undefined,
  defaultSize = 24,
): PageWindow {
  const size = Math.min(
    MAX_PAGE_SIZE,
    Math.max(1, Math.trunc(pageSize ?? defaultSize) || defaultSize),
  );
  const p = Math.max(1, Math.trunc(page ?? 1) || 1);
  return { page: p, pageSize: size, offset: (p - 1) * size };
}

export function totalPages(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, total) / Math.max(1, pageSize)));
}

export type PageItem =
  { kind: 'page'; page: number; current: boolean } | { kind: 'gap'; key: string };

/**
 * The page links to show: first, last, and a window of `siblings` around the current page, with
 * gaps where pages are skipped. Always at most 2 * siblings + 5 items.
 */
export function pageItems(current: number, pages: number, siblings = 1): PageItem[] {
  const last = Math.max(1, pages);
  const cur = Math.min(Math.max(1, current), last);
  const wanted = new Set<number>([1, last]);
  for (let p = cur - siblings; p <= cur + siblings; p++) if (p >= 1 && p <= last) wanted.add(p);
  // Fill a single-page gap with the page itself: "1 … 3" is worse than "1 2 3".
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: PageItem[] = [];
  let prev = 0;
  for (const p of sorted) {
    if (p - prev === 2) out.push({ kind: 'page', page: p - 1, current: p - 1 === cur });
    else if (p - prev > 2) out.push({ kind: 'gap', key: `gap-${prev}` });
    out.push({ kind: 'page', page: p, current: p === cur });
    prev = p;
  }
  return out;
}
