import { collabUserVector, trainCollab, type CollabParams } from './collab';
import {
  courseTokens,
  levelVector,
  oneHot,
  priceBand,
  LANGUAGES,
  PRICE_BANDS,
  type CourseFeatures,
} from './features';
import { buildCsr } from './sparse';
import { aggregateSignals } from './signals';
import { contentVectors } from './tfidf';
import { assemble, makeLayout, DEFAULT_WEIGHTS, type BlockName, type Layout } from './vectors';

export type ModelParams = CollabParams & { contentDim: number; weights: Record<BlockName, number> };

export const DEFAULT_PARAMS: ModelParams = {
  rank: 64,
  lambdaScale: 20,
  seed: 42,
  iterations: 4,
  contentDim: 64,
  weights: DEFAULT_WEIGHTS,
};

export type BuildInput = {
  courses: readonly CourseFeatures[];
  categoryCount: number;
  userCount: number;
  /** Already time-decayed; several rows per (user, item) are summed. */
  signals: readonly { user: number; item: number; weight: number }[];
  params?: Partial<ModelParams>;
};

export type BuiltModel = {
  layout: Layout;
  params: ModelParams & { lambda: number | null };
  itemVectors: Float32Array;
  userVectors: Float32Array;
  /** 1 where the user had at least one usable signal (others get no stored vector). */
  hasUserVector: Uint8Array;
  /** nItems × contentDim text vectors: the category suggester's features. */
  content: Float32Array;
  /** Distinct users per item. */
  popularity: Int32Array;
  interactions: number;
};

/** Every published course and every active user as unit Float32 vectors in one space. */
export function buildModel(input: BuildInput): BuiltModel {
  const params = { ...DEFAULT_PARAMS, ...input.params };
  const nItems = input.courses.length;
  const agg = aggregateSignals(input.signals);
  const x = buildCsr(input.userCount, nItems, agg.users, agg.items, agg.weights);
  const collab = x.indices.length > 0 && nItems > 1 ? trainCollab(x, params) : null;
  const content = contentVectors(input.courses.map(courseTokens), params.contentDim, params.seed);
  const layout = makeLayout(
    {
      collab: collab?.dim ?? 0,
      content: params.contentDim,
      category: input.categoryCount,
      language: LANGUAGES.length,
      level: 4,
      price: PRICE_BANDS.length + 1,
    },
    params.weights,
  );
  const itemParts = input.courses.map((c, j) => ({
    content: content.subarray(j * params.contentDim, (j + 1) * params.contentDim),
    category: oneHot(input.categoryCount, c.categoryIndex),
    language: oneHot(LANGUAGES.length, LANGUAGES.indexOf(c.language)),
    level: levelVector(c.level),
    price: oneHot(PRICE_BANDS.length + 1, priceBand(c.priceMinor)),
    collab: collab?.itemVectors.subarray(j * collab.dim, (j + 1) * collab.dim),
  }));
  const itemVectors = new Float32Array(nItems * layout.dim);
  itemParts.forEach((parts, j) =>
    assemble(layout, parts, itemVectors.subarray(j * layout.dim, (j + 1) * layout.dim)),
  );

  const userVectors = new Float32Array(input.userCount * layout.dim);
  const hasUserVector = new Uint8Array(input.userCount);
  const blockNames = ['content', 'category', 'language', 'level', 'price'] as const;
  for (let u = 0; u < input.userCount; u++) {
    const start = x.indptr[u]!;
    const end = x.indptr[u + 1]!;
    if (end === start) continue;
    hasUserVector[u] = 1;
    const items = x.indices.subarray(start, end);
    const weights = x.data.subarray(start, end);
    // A user's side blocks are the weighted mean of their courses' blocks: their taste profile.
    const parts: Partial<Record<BlockName, Float32Array>> = {};
    for (const name of blockNames) {
      const block = layout.blocks.find((b) => b.name === name)!;
      const acc = new Float32Array(block.length);
      items.forEach((j, t) => {
        const src = itemParts[j]![name];
        for (let i = 0; i < block.length; i++) acc[i]! += weights[t]! * src[i]!;
      });
      parts[name] = acc;
    }
    if (collab) parts.collab = collabUserVector(collab, items, weights);
    assemble(layout, parts, userVectors.subarray(u * layout.dim, (u + 1) * layout.dim));
  }
  const popularity = new Int32Array(nItems);
  for (const j of agg.items) popularity[j]!++;
  return {
    layout,
    params: { ...params, lambda: collab?.lambda ?? null },
    itemVectors,
    userVectors,
    hasUserVector,
    content,
    popularity,
    interactions: agg.items.length,
  };
}
