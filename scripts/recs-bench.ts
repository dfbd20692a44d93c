/**
 * `npm run recs:bench`: recommendation build and serving costs on generated catalogues of 1k, 10k
 * and 100k courses (1M with --million) and 100k users. In-process: build time, memory, and
 * p50/p95/p99 of for=me and similar through the serving code (lib/recs/candidates.ts) next to the
 * floor, an exact SIMD scan of the same vectors (usearch.exactSearch); the HNSW graph's build time,
 * latency and recall@10 against that exact scan. Over HTTP (10k courses): its own fresh database
 * and `next start` on a free port (needs a prior `next build`), autocannon at 1 and 32
 * connections, next to a trivial route of the same server (the framework's floor).
 * Flags: --sizes 1000,10000,100000 --million --users 100000 --http-size 10000 --duration 10 --no-http
 * Printed, never asserted.
 */
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';

import type { Index } from 'usearch';

import { forViewer, similarTo, type Exclusions, type RecsIndex } from '@/lib/recs/candidates';
import { buildHnsw, exactTopK, HNSW_MIN_ROWS } from '@/lib/recs/kernel';
import { buildModel, type BuiltModel } from '@/lib/recs/model';
import {
  BENCH_CATEGORIES,
  generateCatalogue,
  generateUsers,
} from '@/lib/recs/offline/synth-catalogue';
import { popularityRanks } from '@/lib/recs/rank';
import { createRng } from '@/lib/recs/rng';

import { runHttpBench } from './lib/recs-bench-http';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    million: { type: 'boolean', default: false },
    users: { type: 'string', default: '100000' },
    'http-size': { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    'no-http': { type: 'boolean', default: false },
  },
});
const USERS = Number(values.users);
const SAMPLES = 2000;
const N = 20;

export function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

function fmt(p: { p50: number; p95: number; p99: number }) {
  return `p50 ${p.p50.toFixed(3)}  p95 ${p.p95.toFixed(3)}  p99 ${p.p99.toFixed(3)} ms`;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** The served index shape over a generated model (what lib/recs/load-index.ts builds from MySQL). */
function toIndex(
  model: BuiltModel,
  popularity: Int32Array,
  category: Int32Array,
  hnsw: Index | null,
): RecsIndex {
  const count = category.length;
  const ids = Array.from({ length: count }, (_, i) => `c${i}`);
  const byPopularity = Int32Array.from(ids.keys()).sort(
    (a, b) => popularity[b]! - popularity[a]! || a - b,
  );
  const categories = Array.from({ length: BENCH_CATEGORIES }, (_, i) => ({
    id: `k${i}`,
    slug: `bench-${i}`,
    nameEn: `Topic ${i}`,
    nameZh: `主题 ${i}`,
  }));
  return {
    modelId: 1,
    version: 1,
    layout: model.layout,
    dim: model.layout.dim,
    count,
    ids,
    rowOf: new Map(ids.map((id, i) => [id, i])),
    items: model.itemVectors,
    hnsw,
    popularity,
    byPopularity,
    category,
    categories,
    categoryBySlug: new Map(categories.map((c, i) => [c.slug, i])),
    creator: new Int32Array(count),
    ranks: popularityRanks(category, byPopularity, popularity),
    creatorOf: new Map(),
    userRowOf: new Map(Array.from({ length: USERS }, (_, u) => [`u${u}`, u])),
    users: model.userVectors,
  };
}

function inProcess(size: number) {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const cat = generateCatalogue(size, 1);
  const signals = generateUsers({
    users: USERS,
    courses: cat.courses,
    popularity: cat.popularity,
    seed: 2,
  });
  const tGen = performance.now();
  const model = buildModel({
    courses: cat.courses,
    categoryCount: BENCH_CATEGORIES,
    userCount: USERS,
    signals,
  });
  const tBuild = performance.now();
  const hnsw = buildHnsw(model.itemVectors, model.layout.dim);
  const tGraph = performance.now();
  const dim = model.layout.dim;
  const category = Int32Array.from(cat.courses, (c) => c.categoryIndex);
  const exactIndex = toIndex(model, model.popularity, category, null);
  const graphIndex = { ...exactIndex, hnsw };
  const served = size >= HNSW_MIN_ROWS ? graphIndex : exactIndex;
  const taken = new Map<number, number[]>();
  for (const s of signals) taken.set(s.user, [...(taken.get(s.user) ?? []), s.item]);
  const rng = createRng(3);
  const floor: number[] = [];
  const exactMe: number[] = [];
  const graphMe: number[] = [];
  const forMe: number[] = [];
  const similar: number[] = [];
  let hits = 0;
  let asked = 0;
  const set = { matrix: model.itemVectors, dim, count: size, hnsw: null };
  for (let n = 0; n < SAMPLES; n++) {
    const u = Math.floor(rng() * USERS);
    const mine = taken.get(u) ?? [];
    const query = model.userVectors.subarray(u * dim, (u + 1) * dim);
    const ex = (): Exclusions => ({ rows: new Set(mine), creator: undefined, category: null });
    floor.push(time(() => exactTopK(set, query, N)));
    let truth: number[] = [];
    let approx: number[] = [];
    exactMe.push(
      time(() => (truth = forViewer(exactIndex, `u${u}`, mine, N, ex()).map((c) => c.row))),
    );
    graphMe.push(
      time(() => (approx = forViewer(graphIndex, `u${u}`, mine, N, ex()).map((c) => c.row))),
    );
    forMe.push(time(() => forViewer(served, `u${u}`, mine, N, ex())));
    const top10 = new Set(truth.slice(0, 10));
    hits += approx.slice(0, 10).filter((r) => top10.has(r)).length;
    asked += top10.size;
    const item = Math.floor(rng() * size);
    similar.push(
      time(() =>
        similarTo(served, item, N, { rows: new Set([item]), creator: undefined, category: null }),
      ),
    );
  }
  const rssMb = Math.round((process.memoryUsage().rss - rss0) / 1e6);
  console.log(
    `\n${size.toLocaleString('en')} courses × ${USERS.toLocaleString('en')} users (${signals.length.toLocaleString('en')} interactions, ${dim} dims); served by ${served.hnsw ? 'HNSW' : 'exact scan'} (threshold ${HNSW_MIN_ROWS.toLocaleString('en')} rows)`,
  );
  console.log(
    `  generate ${Math.round(tGen - t0)} ms; build vectors ${Math.round(tBuild - tGen)} ms; HNSW build ${Math.round(tGraph - tBuild)} ms; RSS growth ${rssMb} MB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  const pFloor = percentiles(floor);
  const pMe = percentiles(forMe);
  const recall = asked === 0 ? 1 : hits / asked;
  console.log(`  floor: exact SIMD scan (usearch.exactSearch, k=${N})   ${fmt(pFloor)}`);
  console.log(`  for=me, exact scan path    ${fmt(percentiles(exactMe))}`);
  console.log(
    `  for=me, HNSW path          ${fmt(percentiles(graphMe))}   recall@10 vs exact ${recall.toFixed(4)}`,
  );
  console.log(
    `  for=me, served             ${fmt(pMe)}   p50 ${(pMe.p50 / pFloor.p50).toFixed(2)}× floor (target ≤ 1.5×: ${verdict(pMe.p50 <= 1.5 * pFloor.p50)})`,
  );
  console.log(`  similar, served            ${fmt(percentiles(similar))}`);
  if (size >= 1_000_000) {
    const g = percentiles(graphMe);
    console.log(
      `  1M targets: HNSW p99 ${g.p99.toFixed(2)} ms ≤ 5 ms: ${verdict(g.p99 <= 5)}; recall@10 ${recall.toFixed(4)} ≥ 0.98: ${verdict(recall >= 0.98)}`,
    );
  }
}

const sizes = values.sizes.split(',').map(Number);
if (values.million && !sizes.includes(1_000_000)) sizes.push(1_000_000);
console.log(`recs:bench on ${process.version}, ${cpus().length} cores`);
for (const size of sizes) inProcess(size);
if (!values['no-http'])
  await runHttpBench({
    size: Number(values['http-size']),
    users: USERS,
    duration: Number(values.duration),
  });
