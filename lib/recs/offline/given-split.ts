import { mostPopular } from './baselines';
import { parseInteractions, indexInteractions } from './data';
import { collabRecommender, DEFAULT_COLLAB } from './evaluate';
import type { CollabParams } from '../collab';

/**
 * Given-split mode: train on `trainCsv` (user,item,rating,timestamp) and write the top K for each
 * user listed in `usersCsv` (header `user`) as `user,item,rank` CSV, never repeating an item the
 * user has in the training file. Users unknown to the training file get the most popular items.
 */
export function recommendGivenSplit(opts: {
  trainCsv: string;
  usersCsv: string;
  k: number;
  params?: CollabParams;
}): {
  csv: string;
  users: number;
  rows: number;
} {
  const train = parseInteractions(opts.trainCsv, 'csv');
  const data = indexInteractions(train);
  const lines = opts.usersCsv.split(/\r?\n/).map((l) => l.trim());
  const header = (lines.shift() ?? '').split(',').map((h) => h.trim().toLowerCase());
  const col = header.indexOf('user');
  if (col < 0) throw new Error('users file must have a header with a "user" column');
  const wanted = [...new Set(lines.filter((l) => l !== '').map((l) => l.split(',')[col]!.trim()))];
  const model = collabRecommender(data.matrix, opts.params ?? DEFAULT_COLLAB);
  const popular = mostPopular(data.matrix)(-1, opts.k);
  const out = ['user,item,rank'];
  for (const user of wanted) {
    const u = data.userIndex.get(user);
    const items = u === undefined ? popular : model(u, opts.k);
    items.forEach((i, r) => out.push(`${csvField(user)},${csvField(data.items[i]!)},${r + 1}`));
  }
  return { csv: `${out.join('\n')}\n`, users: wanted.length, rows: out.length - 1 };
}

function csvField(v: string): string {
  return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
