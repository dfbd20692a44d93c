import { tokenize } from '@/lib/search/tokenize';

export const LEVELS = ['beginner', 'intermediate', 'advanced', 'all'] as const;
export const LANGUAGES = ['en', 'zh'] as const;
/** Upper bounds (minor units) of the price bands; the last band is open. Free is its own band. */
export const PRICE_BANDS = [0, 5_000, 15_000, 40_000] as const;

export type CourseFeatures = {
  categoryIndex: number;
  language: (typeof LANGUAGES)[number];
  level: (typeof LEVELS)[number];
  priceMinor: number;
  title: string;
  subtitle: string;
  description: string;
  tags: readonly string[];
};

export function priceBand(priceMinor: number): number {
  if (priceMinor <= 0) return 0;
  const i = PRICE_BANDS.findIndex((bound, n) => n > 0 && priceMinor < bound);
  return i < 0 ? PRICE_BANDS.length : i;
}

export function oneHot(length: number, index: number): Float32Array {
  const v = new Float32Array(length);
  if (index >= 0 && index < length) v[index] = 1;
  return v;
}

/** "All levels" sits between the others rather than being unlike all of them. */
export function levelVector(level: CourseFeatures['level']): Float32Array {
  if (level === 'all') return Float32Array.from([0.5, 0.5, 0.5, 1]);
  return oneHot(LEVELS.length, LEVELS.indexOf(level));
}

/** Title and tags count more than the description: repeat them, as TF weights by count. */
export function courseTokens(
  c: Pick<CourseFeatures, 'title' | 'subtitle' | 'description' | 'tags'>,
): string[] {
  const title = tokenize(c.title);
  const tags = tokenize(c.tags.join(' '));
  return [
    ...title,
    ...title,
    ...title,
    ...tags,
    ...tags,
    ...tokenize(c.subtitle),
    ...tokenize(c.description),
  ];
}
