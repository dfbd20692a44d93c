import { createRng, shuffleInPlace } from '../rng';
import { buildCsr, type Csr } from '../sparse';

/** One user–item interaction as external files carry it (ids are opaque strings). */
export type Interaction = { user: string; item: string; rating: number; timestamp: number };

/** MovieLens `u.data` (user, item, rating, timestamp; tab separated) or a CSV with that header. */
export function parseInteractions(text: string, format: 'movielens' | 'csv'): Interaction[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (format === 'movielens') return lines.map((l, n) => toRow(l.split('\t'), n + 1));
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim().toLowerCase());
  const at = (name: string) => header.indexOf(name);
  if (at('user') < 0 || at('item') < 0)
    throw new Error('CSV header must contain user,item[,rating,timestamp]');
  return lines.map((l, n) => {
    const f = l.split(',');
    return toRow(
      [
        f[at('user')],
        f[at('item')],
        at('rating') >= 0 ? f[at('rating')] : '1',
        at('timestamp') >= 0 ? f[at('timestamp')] : '0',
      ],
      n + 2,
    );
  });
}

function toRow(f: (string | undefined)[], line: number): Interaction {
  const [user, item, rating, ts] = f.map((v) => (v ?? '').trim());
  if (!user || !item) throw new Error(`Line ${line}: missing user or item`);
  const r = Number(rating || '1');
  const t = Number(ts || '0');
  if (!Number.isFinite(r) || !Number.isFinite(t))
    throw new Error(`Line ${line}: rating and timestamp must be numbers`);
  return { user, item, rating: r, timestamp: t };
}

function byUser(rows: Interaction[]): Map<string, Interaction[]> {
  const out = new Map<string, Interaction[]>();
  for (const r of rows) {
    const list = out.get(r.user);
    if (list) list.push(r);
    else out.set(r.user, [r]);
  }
  return out;
}

/**
 * Each user's interactions shuffled (seeded) and cut at round(ratio · n), as Microsoft Recommenders'
 * `python_stratified_split` does: every user appears in both parts when they have ≥ 2 rows.
 */
export function stratifiedSplit(rows: Interaction[], ratio: number, seed: number) {
  const rng = createRng(seed);
  const train: Interaction[] = [];
  const test: Interaction[] = [];
  for (const list of byUser(rows).values()) {
    const shuffled = shuffleInPlace([...list], rng);
    const cut = Math.round(ratio * shuffled.length);
    train.push(...shuffled.slice(0, cut));
    test.push(...shuffled.slice(cut));
  }
  return { train, test };
}

/** Time-based split: each user's latest (1 − ratio) share is held out. */
export function temporalSplit(rows: Interaction[], ratio: number) {
  const train: Interaction[] = [];
  const test: Interaction[] = [];
  for (const list of byUser(rows).values()) {
    const sorted = [...list].sort((a, b) => a.timestamp - b.timestamp);
    const cut = Math.round(ratio * sorted.length);
    train.push(...sorted.slice(0, cut));
    test.push(...sorted.slice(cut));
  }
  return { train, test };
}

export type IndexedData = {
  users: string[];
  items: string[];
  userIndex: Map<string, number>;
  itemIndex: Map<string, number>;
  /** users × items, 1 per interacted pair. */
  matrix: Csr;
};

/** Dense indices for the ids in `train`; every (user, item) pair counts once. */
export function indexInteractions(train: Interaction[]): IndexedData {
  const userIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const rows = new Int32Array(train.length);
  const cols = new Int32Array(train.length);
  train.forEach((r, t) => {
    if (!userIndex.has(r.user)) userIndex.set(r.user, userIndex.size);
    if (!itemIndex.has(r.item)) itemIndex.set(r.item, itemIndex.size);
    rows[t] = userIndex.get(r.user)!;
    cols[t] = itemIndex.get(r.item)!;
  });
  const m = buildCsr(
    userIndex.size,
    itemIndex.size,
    rows,
    cols,
    new Float32Array(train.length).fill(1),
  );
  const matrix = { ...m, data: m.data.fill(1) };
  return {
    users: [...userIndex.keys()],
    items: [...itemIndex.keys()],
    userIndex,
    itemIndex,
    matrix,
  };
}
