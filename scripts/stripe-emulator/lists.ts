import type { Json } from './state';

/**
 * One page of a Stripe list endpoint (`GET /v1/<objects>`): newest first, `created[gte|lte]`,
 * `limit` (default 10, at most 100) and `starting_after`, which is what the SDK's auto-pagination sends.
 */
export function listPage(objects: Iterable<Json>, query: Json, url: string): Json {
  const created = (query.created ?? {}) as Json;
  const gte = created.gte === undefined ? -Infinity : Number(created.gte);
  const lte = created.lte === undefined ? Infinity : Number(created.lte);
  const limit = Math.min(100, Math.max(1, Number(query.limit ?? 10) || 10));
  const all = [...objects]
    .filter((o) => Number(o.created) >= gte && Number(o.created) <= lte)
    // Stripe sorts by creation, newest first; the id breaks ties so pages never overlap.
    .sort(
      (a, b) => Number(b.created) - Number(a.created) || String(b.id).localeCompare(String(a.id)),
    );
  const after = typeof query.starting_after === 'string' ? query.starting_after : null;
  const start = after ? all.findIndex((o) => o.id === after) + 1 : 0;
  const data = all.slice(start, start + limit).map((o) => ({ ...o }));
  return { object: 'list', url, has_more: start + limit < all.length, data };
}
