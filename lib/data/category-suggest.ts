import 'server-only';

import { db } from '@/db';
import { categories, mlModels } from '@/db/schema';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { loadCategoryKnn, type CategoryKnnPayload } from '@/lib/recs/category-knn';
import { tokenize } from '@/lib/search/tokenize';

export type CategorySuggestion = { id: string; slug: string; name: string; score: number };

type Loaded = {
  modelId: number;
  checkedAt: number;
  suggest: ReturnType<typeof loadCategoryKnn>;
  categoryIds: string[];
};
const CHECK_EVERY_MS = 30_000;
const g = globalThis as unknown as { zhishiCategoryKnn?: { current: Loaded | null } };
const cache = (g.zhishiCategoryKnn ??= { current: null });

async function current(): Promise<Loaded | null> {
  if (cache.current && Date.now() - cache.current.checkedAt < CHECK_EVERY_MS) return cache.current;
  const [row] = await readyNewestFirst(
    db.select({ id: mlModels.id, payload: mlModels.payload }).from(mlModels).$dynamic(),
    'category_knn',
  ).limit(1);
  if (!row?.payload) return (cache.current = null);
  if (cache.current?.modelId === row.id) {
    cache.current.checkedAt = Date.now();
    return cache.current;
  }
  const payload = row.payload as CategoryKnnPayload & { categoryIds: string[] };
  cache.current = {
    modelId: row.id,
    checkedAt: Date.now(),
    suggest: loadCategoryKnn(payload),
    categoryIds: payload.categoryIds,
  };
  return cache.current;
}

/** Whether a suggester has been built (the studio says so quietly when not). */
export async function hasCategorySuggester(): Promise<boolean> {
  return (await current()) !== null;
}

/**
 * Likely categories for a draft's text (title, subtitle, description), best first, with scores
 * summing to ≤ 1. Public data only (category names); empty when no model is built yet.
 */
export async function suggestCategories(
  text: string,
  opts: { top?: number; locale?: string } = {},
): Promise<CategorySuggestion[]> {
  const model = await current();
  if (!model) return [];
  const ranked = model.suggest(tokenize(text.slice(0, 20_000)), opts.top ?? 3);
  if (ranked.length === 0) return [];
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameEn: categories.nameEn,
      nameZh: categories.nameZh,
    })
    .from(categories);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const zh = (opts.locale ?? 'en').startsWith('zh');
  return ranked.flatMap(({ label, score }) => {
    const cat = byId.get(model.categoryIds[label] ?? '');
    return cat
      ? [
          {
            id: cat.id,
            slug: cat.slug,
            name: zh ? cat.nameZh : cat.nameEn,
            score: Math.round(score * 1000) / 1000,
          },
        ]
      : [];
  });
}
