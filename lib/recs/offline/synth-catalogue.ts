import type { CourseFeatures } from '../features';
import { LEVELS } from '../features';
import { createRng, gaussian } from '../rng';

const TOPIC_WORDS = [
  [
    'python',
    'javascript',
    'typescript',
    'rust',
    'golang',
    'api',
    'backend',
    'frontend',
    'testing',
    '编程',
    '算法',
    '数据结构',
  ],
  [
    'pandas',
    'statistics',
    'machine',
    'learning',
    'neural',
    'regression',
    'sql',
    'analytics',
    '数据',
    '机器学习',
    '模型',
    '统计',
  ],
  [
    'figma',
    'typography',
    'layout',
    'colour',
    'branding',
    'ux',
    'prototype',
    'illustration',
    '设计',
    '排版',
    '色彩',
    '品牌',
  ],
  [
    'startup',
    'finance',
    'accounting',
    'strategy',
    'negotiation',
    'leadership',
    'sales',
    'pitch',
    '创业',
    '财务',
    '管理',
    '融资',
  ],
  [
    'marketing',
    'seo',
    'content',
    'social',
    'ads',
    'funnel',
    'email',
    'growth',
    '营销',
    '运营',
    '增长',
    '广告',
  ],
  [
    'habits',
    'focus',
    'writing',
    'speaking',
    'memory',
    'productivity',
    'career',
    'mindset',
    '效率',
    '写作',
    '演讲',
    '职场',
  ],
  [
    'english',
    'japanese',
    'grammar',
    'vocabulary',
    'pronunciation',
    'ielts',
    'listening',
    'reading',
    '英语',
    '日语',
    '口语',
    '语法',
  ],
  [
    'guitar',
    'piano',
    'mixing',
    'production',
    'harmony',
    'singing',
    'rhythm',
    'ableton',
    '吉他',
    '钢琴',
    '乐理',
    '编曲',
  ],
  [
    'photography',
    'lighting',
    'portrait',
    'lens',
    'exposure',
    'editing',
    'lightroom',
    'composition',
    '摄影',
    '构图',
    '后期',
    '人像',
  ],
  [
    'cooking',
    'baking',
    'nutrition',
    'knife',
    'sauces',
    'bread',
    'pastry',
    'fermentation',
    '烹饪',
    '烘焙',
    '营养',
    '家常菜',
  ],
  [
    'drawing',
    'watercolour',
    'sketching',
    'anatomy',
    'perspective',
    'ink',
    'oil',
    'comics',
    '绘画',
    '素描',
    '水彩',
    '漫画',
  ],
  [
    'yoga',
    'fitness',
    'running',
    'strength',
    'mobility',
    'meditation',
    'pilates',
    'sleep',
    '瑜伽',
    '健身',
    '跑步',
    '冥想',
  ],
];
const SHARED = [
  'course',
  'complete',
  'guide',
  'beginners',
  'advanced',
  'practical',
  'masterclass',
  '入门',
  '实战',
  '精讲',
  '从零开始',
];

export const BENCH_CATEGORIES = TOPIC_WORDS.length;

/** A catalogue of `count` courses over 12 topics with long-tailed popularity (for the benchmark). */
export function generateCatalogue(
  count: number,
  seed = 1,
): { courses: CourseFeatures[]; popularity: Float64Array } {
  const rng = createRng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rng() * a.length)]!;
  const courses: CourseFeatures[] = [];
  const popularity = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const categoryIndex = Math.floor(rng() * TOPIC_WORDS.length);
    const words = TOPIC_WORDS[categoryIndex]!;
    const title = [pick(words), pick(words), pick(SHARED)].join(' ');
    courses.push({
      categoryIndex,
      language: rng() < 0.5 ? 'zh' : 'en',
      level: pick(LEVELS),
      priceMinor: Math.floor(rng() * 5) * 9_900,
      title,
      subtitle: [pick(words), pick(SHARED), pick(words)].join(' '),
      description: Array.from({ length: 12 }, () =>
        rng() < 0.7 ? pick(words) : pick(SHARED),
      ).join(' '),
      tags: [pick(words), pick(words)],
    });
    popularity[i] = Math.exp(1.5 * gaussian(rng));
  }
  return { courses, popularity };
}

/** Cumulative weights → sampler by binary search. */
function sampler(weights: number[], rng: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let s = 0;
  weights.forEach((w, i) => (cum[i] = s += w));
  return () => {
    const x = rng() * s;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * Users who mostly take popular courses of one or two favourite topics (and a few of anything):
 * scalable to 100k × 100k, unlike the MovieLens-shaped generator.
 */
export function generateUsers(opts: {
  users: number;
  courses: CourseFeatures[];
  popularity: Float64Array;
  perUser?: number;
  seed?: number;
}) {
  const rng = createRng(opts.seed ?? 2);
  const byCat = Array.from({ length: BENCH_CATEGORIES }, () => [] as number[]);
  opts.courses.forEach((c, i) => byCat[c.categoryIndex]!.push(i));
  const catSampler = byCat.map((list) => {
    const s = sampler(
      list.map((i) => opts.popularity[i]!),
      rng,
    );
    return () => list[s()]!;
  });
  const any = sampler(Array.from(opts.popularity), rng);
  const rows: { user: number; item: number; weight: number }[] = [];
  const mean = opts.perUser ?? 6;
  for (let u = 0; u < opts.users; u++) {
    const favs = [Math.floor(rng() * BENCH_CATEGORIES), Math.floor(rng() * BENCH_CATEGORIES)];
    const n = 1 + Math.floor(-Math.log(Math.max(rng(), 1e-9)) * (mean - 1));
    const seen = new Set<number>();
    for (let t = 0; t < n; t++) {
      const r = rng();
      const cat = byCat[favs[r < 0.6 ? 0 : 1]!]!;
      const item = r < 0.85 && cat.length > 0 ? catSampler[favs[r < 0.6 ? 0 : 1]!]!() : any();
      if (seen.has(item)) continue;
      seen.add(item);
      rows.push({ user: u, item, weight: rng() < 0.3 ? 3 : 1 });
    }
  }
  return rows;
}
