import { z } from 'zod';

import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema/catalog';

/** Sort keys the client may name; the DAL maps each to a fixed ORDER BY (WEB-6). */
export const CATALOG_SORTS = ['popular', 'newest', 'rating', 'price_asc', 'price_desc'] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];
export const PRICE_FILTERS = ['free', 'paid'] as const;

const first = (v: unknown): unknown => (Array.isArray(v) ? (v as unknown[])[0] : v);

/**
 * Listing filters from the URL. Invalid values are dropped rather than rejected: a hand-edited or
 * stale link should still show a page, just unfiltered.
 */
export const catalogFiltersSchema = z.object({
  level: z.preprocess(first, z.enum(COURSE_LEVELS).optional()).catch(undefined),
  language: z.preprocess(first, z.enum(COURSE_LANGUAGES).optional()).catch(undefined),
  price: z.preprocess(first, z.enum(PRICE_FILTERS).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(CATALOG_SORTS).optional()).catch(undefined),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).optional()).catch(undefined),
});
export type CatalogFilters = z.infer<typeof catalogFiltersSchema>;

export const searchParamsSchema = catalogFiltersSchema.extend({
  q: z.preprocess(first, z.string().trim().max(100).optional()).catch(undefined),
});
export type SearchFilters = z.infer<typeof searchParamsSchema>;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseCatalogFilters(params: RawSearchParams): CatalogFilters {
  return catalogFiltersSchema.parse(params);
}

export function parseSearchFilters(params: RawSearchParams): SearchFilters {
  return searchParamsSchema.parse(params);
}

/** Builds a query string from filters plus overrides; empty values and page 1 are left out. */
export function filtersToQuery(
  filters: SearchFilters,
  overrides: Partial<SearchFilters> = {},
): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  for (const key of ['q', 'level', 'language', 'price', 'sort', 'page'] as const) {
    const value = merged[key];
    if (value === undefined || value === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
