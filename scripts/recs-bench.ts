/**
 * `npm run recs:bench`: recommendation build and serving costs on generated catalogues of 1k, 10k
 * and 100k courses with 100k users. In-process: build time, memory, and p50/p95/p99 of for=me and
 * similar next to a plain scan of the same vectors (the physical floor). Over HTTP (10k courses):
 * its own fresh database and `next start` on a free port (needs a prior `next build`), autocannon at
 * 1 and 32 connections, next to a trivial route of the same server (the framework's floor).
 * Flags: --sizes 1000,10000,100000 --users 100000 --http-size 10000 --duration 10 --no-http
 */
import { parseArgs } from 'node:util';

import { buildModel } from '@/lib/recs/model';
import { createRng } from '@/lib/recs/rng';
import { scanScores, topByDot } from '@/lib/recs/score';
import { BENCH_CATEGORIES, generateCatalogue, generateUsers } from '@/lib/recs/synth-catalogue';
import { itemQuery } from '@/lib/recs/vectors';

import { runHttpBench } from './lib/recs-bench-http';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    users: { type: 'string', default: '100000' },
    'http-size': { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    'no-http': { type: 'boolean', default: false },
  },
});
const USERS = Number(values.users);
const SAMPLES = 2000;

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
  const dim = model.layout.dim;
  const rng = createRng(3);
  const taken = new Map<number, number[]>();
  for (const s of signals) taken.set(s.user, [...(taken.get(s.user) ?? []), s.item]);
  const skip = new Uint8Array(size);
  const scores = new Float32Array(size);
  const scan: number[] = [];
  const forMe: number[] = [];
  const similar: number[] = [];
  for (let n = 0; n < SAMPLES; n++) {
    const u = Math.floor(rng() * USERS);
    const query = model.userVectors.subarray(u * dim, (u + 1) * dim);
    scan.push(time(() => scanScores(model.itemVectors, dim, query, scores)));
    forMe.push(
      time(() => {
        const mine = taken.get(u) ?? [];
        for (const i of mine) skip[i] = 1;
        topByDot({ matrix: model.itemVectors, dim, count: size, query, n: 20, skip });
        for (const i of mine) skip[i] = 0;
      }),
    );
    const item = Math.floor(rng() * size);
    similar.push(
      time(() => {
        const q = itemQuery(model.layout, model.itemVectors.subarray(item * dim, (item + 1) * dim));
        skip[item] = 1;
        topByDot({ matrix: model.itemVectors, dim, count: size, query: q, n: 20, skip });
        skip[item] = 0;
      }),
    );
  }
  const rssMb = Math.round((process.memoryUsage().rss - rss0) / 1e6);
  console.log(
    `\n${size.toLocaleString('en')} courses × ${USERS.toLocaleString('en')} users (${signals.length.toLocaleString('en')} interactions, ${dim} dims)`,
  );
  console.log(
    `  generate ${Math.round(tGen - t0)} ms; build vectors ${Math.round(tBuild - tGen)} ms; vectors ${(((size + USERS) * dim * 4) / 1e6).toFixed(1)} MB; RSS growth ${rssMb} MB, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
  );
  const pScan = percentiles(scan);
  const pMe = percentiles(forMe);
  console.log(`  plain scan   ${fmt(pScan)}`);
  console.log(
    `  for=me       ${fmt(pMe)}   (p50 ${(pMe.p50 / pScan.p50).toFixed(2)}× scan; target ≤ 3×)`,
  );
  console.log(
    `  similar      ${fmt(percentiles(similar))}   (p50 ${(percentiles(similar).p50 / pScan.p50).toFixed(2)}× scan)`,
  );
}

console.log(`recs:bench on ${process.version}, ${(await import('node:os')).cpus().length} cores`);
for (const size of values.sizes.split(',').map(Number)) inProcess(size);
if (!values['no-http'])
  await runHttpBench({
    size: Number(values['http-size']),
    users: USERS,
    duration: Number(values.duration),
  });
