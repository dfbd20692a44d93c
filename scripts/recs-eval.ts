/**
 * `npm run recs:eval` — offline evaluation (docs/recommendations.md):
 *   -- --ratings <file> [--format movielens|csv] [--k 10] [--seed 42]   self-split 75/25 per user
 *   -- --train <csv> --users <csv> [--k 10] --out <csv>                 given split → user,item,rank
 *   -- --db [--k 10]                                                    the app's data, time-based split
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import {
  parseInteractions,
  stratifiedSplit,
  temporalSplit,
  type Interaction,
} from '@/lib/recs/offline/data';
import { evaluateSplit, type EvalResult } from '@/lib/recs/offline/evaluate';
import { recommendGivenSplit } from '@/lib/recs/offline/given-split';

const { values } = parseArgs({
  options: {
    ratings: { type: 'string' },
    format: { type: 'string', default: 'movielens' },
    k: { type: 'string', default: '10' },
    seed: { type: 'string', default: '42' },
    train: { type: 'string' },
    users: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'boolean', default: false },
  },
});
const k = Number(values.k);
if (!Number.isInteger(k) || k < 1) fail('--k must be a positive integer');

function fail(message: string): never {
  console.error(`recs:eval: ${message}`);
  process.exit(2);
}

function peakMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function report(title: string, r: EvalResult) {
  console.log(`${title}\n  train rows ${r.train}, test rows ${r.test}, K = ${r.k}`);
  console.log(
    `  ${'method'.padEnd(14)} ${['precision', 'recall', 'ndcg', 'map@k', 'map', 'train ms'].map((h) => h.padStart(10)).join('')}`,
  );
  for (const x of r.results) {
    const m = x.metrics;
    const cells = [m.precision, m.recall, m.ndcg, m.mapAtK, m.map].map((v) =>
      v.toFixed(4).padStart(10),
    );
    console.log(
      `  ${x.name.padEnd(14)} ${cells.join('')}${String(Math.round(x.trainMs)).padStart(10)}`,
    );
  }
  console.log(`  users evaluated ${r.results[0]?.metrics.users ?? 0}; peak memory ${peakMb()} MB`);
}

async function fromDatabase(): Promise<Interaction[]> {
  for (const file of ['.env.local', '.env']) if (existsSync(file)) process.loadEnvFile(file);
  const { pool } = await import('@/db');
  const { loadCatalogue, loadSignals } = await import('@/lib/data/recs-source');
  try {
    const cat = await loadCatalogue();
    const published = new Set(cat.courseIds);
    // One row per (user, course): the first time the user showed interest is when it "happened".
    const first = new Map<string, Interaction>();
    for (const s of await loadSignals(new Date())) {
      if (!published.has(s.courseId)) continue;
      const key = `${s.userId}\u0000${s.courseId}`;
      const prev = first.get(key);
      if (!prev || s.at.getTime() < prev.timestamp)
        first.set(key, { user: s.userId, item: s.courseId, rating: 1, timestamp: s.at.getTime() });
    }
    return [...first.values()];
  } finally {
    await pool.end();
  }
}

if (values.train || values.users || values.out) {
  if (!values.train || !values.users || !values.out)
    fail('given split needs --train, --users and --out');
  const started = performance.now();
  const r = recommendGivenSplit({
    trainCsv: readFileSync(values.train, 'utf8'),
    usersCsv: readFileSync(values.users, 'utf8'),
    k,
  });
  writeFileSync(values.out, r.csv);
  console.log(
    `Wrote ${r.rows} recommendations for ${r.users} users to ${values.out} in ${Math.round(performance.now() - started)} ms (peak ${peakMb()} MB)`,
  );
} else if (values.ratings) {
  if (values.format !== 'movielens' && values.format !== 'csv')
    fail('--format must be movielens or csv');
  const rows = parseInteractions(readFileSync(values.ratings, 'utf8'), values.format);
  const { train, test } = stratifiedSplit(rows, 0.75, Number(values.seed));
  report(
    `Self-split of ${values.ratings} (75/25 per user, seed ${values.seed})`,
    evaluateSplit({ train, test, k }),
  );
} else if (values.db) {
  const rows = await fromDatabase();
  const { train, test } = temporalSplit(rows, 0.75);
  if (test.length === 0) fail('not enough interactions in the database for a time-based split');
  report("App database (each user's latest 25% held out)", evaluateSplit({ train, test, k }));
} else {
  fail('give --ratings <file>, --train/--users/--out, or --db');
}
