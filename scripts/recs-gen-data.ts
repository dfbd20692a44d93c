/**
 * `npm run recs:gen-data -- --out <file> [--format movielens|csv] [--seed 42] [--taste 3.5]`:
 * writes interaction data shaped like MovieLens-100K with planted structure (lib/recs/synth.ts).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { generateInteractions } from '@/lib/recs/offline/synth';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    format: { type: 'string', default: 'movielens' },
    seed: { type: 'string', default: '42' },
    taste: { type: 'string', default: '3.5' },
    users: { type: 'string', default: '943' },
    items: { type: 'string', default: '1682' },
    interactions: { type: 'string', default: '100000' },
  },
});
if (!values.out || !['movielens', 'csv'].includes(values.format)) {
  console.error(
    'usage: recs:gen-data -- --out <file> [--format movielens|csv] [--seed 42] [--taste 3.5]',
  );
  process.exit(2);
}
const rows = generateInteractions({
  seed: Number(values.seed),
  taste: Number(values.taste),
  users: Number(values.users),
  items: Number(values.items),
  interactions: Number(values.interactions),
});
const body =
  values.format === 'csv'
    ? [
        'user,item,rating,timestamp',
        ...rows.map((r) => `${r.user},${r.item},${r.rating},${r.timestamp}`),
      ]
    : rows.map((r) => `${r.user}\t${r.item}\t${r.rating}\t${r.timestamp}`);
writeFileSync(values.out, `${body.join('\n')}\n`);
const users = new Set(rows.map((r) => r.user)).size;
const items = new Set(rows.map((r) => r.item)).size;
console.log(`Wrote ${rows.length} interactions (${users} users, ${items} items) to ${values.out}`);
