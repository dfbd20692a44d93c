import { diffArrays, diffLines } from 'diff';

import type { Money } from '@/lib/money';

/**
 * What a reviewer approved, kept on the course so the next review can show what changed since. It
 * holds what the storefront sells: the listing, the prices and every lesson (bodies as a hash).
 */
export type CourseSnapshot = {
  title: string;
  subtitle: string;
  description: string;
  outcomes: string;
  requirements: string;
  category: string;
  level: string;
  language: string;
  coverUrl: string | null;
  prices: Money[];
  tags: string[];
  lessons: SnapshotLesson[];
};

export type SnapshotLesson = {
  id: string;
  title: string;
  kind: string;
  section: string;
  isPreview: boolean;
  mediaId: string | null;
  bodyHash: string | null;
  hasCaptions: boolean;
};

export const SNAPSHOT_FIELDS = [
  'title',
  'subtitle',
  'category',
  'level',
  'language',
  'coverUrl',
] as const;
export const SNAPSHOT_TEXTS = ['description', 'outcomes', 'requirements'] as const;
export const LESSON_CHANGES = [
  'added',
  'removed',
  'renamed',
  'media',
  'body',
  'captions',
  'preview',
  'moved',
] as const;

export type DiffLine = { op: 'add' | 'remove' | 'same' | 'gap'; text: string };

export type CourseChange =
  | { kind: 'field'; field: (typeof SNAPSHOT_FIELDS)[number]; before: string; after: string }
  | { kind: 'text'; field: (typeof SNAPSHOT_TEXTS)[number]; lines: DiffLine[] }
  | { kind: 'prices'; before: Money[]; after: Money[] }
  | { kind: 'tags'; added: string[]; removed: string[] }
  | {
      kind: 'lesson';
      change: (typeof LESSON_CHANGES)[number];
      lessonId: string;
      title: string;
      before?: string;
    };

/** Unchanged lines kept around each change, so a reviewer reads an edit in its context. */
const CONTEXT_LINES = 1;

/** A line diff of two texts: changed lines with their context, long unchanged runs as one gap. */
export function diffText(before: string, after: string): DiffLine[] {
  const lines: DiffLine[] = diffLines(before, after, { ignoreNewlineAtEof: true }).flatMap((part) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map(
        (text) => ({ op: part.added ? 'add' : part.removed ? 'remove' : 'same', text }) as const,
      ),
  );
  const near = (i: number) =>
    lines.slice(Math.max(0, i - CONTEXT_LINES), i + CONTEXT_LINES + 1).some((l) => l.op !== 'same');
  const out: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (line.op !== 'same' || near(i)) out.push(line);
    else if (out.at(-1)?.op !== 'gap') out.push({ op: 'gap', text: '' });
  });
  return out;
}

function priceKey(prices: Money[]): string {
  return prices.map((p) => `${p.currency}:${p.amountMinor}`).join(',');
}

function lessonChanges(before: SnapshotLesson[], after: SnapshotLesson[]): CourseChange[] {
  const old = new Map(before.map((l) => [l.id, l]));
  const now = new Set(after.map((l) => l.id));
  const change = (c: (typeof LESSON_CHANGES)[number], l: SnapshotLesson, was?: string) =>
    ({ kind: 'lesson', change: c, lessonId: l.id, title: l.title, before: was }) as const;
  // A lesson "moved" when it is off the longest run of kept lessons still in their old order, so one
  // lesson dragged to the end is one move rather than every other lesson shifting by one.
  const keptOrder = (list: SnapshotLesson[]) =>
    list.filter((l) => old.has(l.id) && now.has(l.id)).map((l) => l.id);
  const moved = new Set(
    diffArrays(keptOrder(before), keptOrder(after))
      .filter((p) => p.added)
      .flatMap((p) => p.value),
  );
  const changes: CourseChange[] = [];
  for (const l of after) {
    const was = old.get(l.id);
    if (!was) {
      changes.push(change('added', l));
      continue;
    }
    if (was.title !== l.title) changes.push(change('renamed', l, was.title));
    if (was.mediaId !== l.mediaId) changes.push(change('media', l));
    if (was.bodyHash !== l.bodyHash) changes.push(change('body', l));
    if (was.hasCaptions !== l.hasCaptions) changes.push(change('captions', l));
    if (was.isPreview !== l.isPreview) changes.push(change('preview', l));
    if (moved.has(l.id) || was.section !== l.section) changes.push(change('moved', l, was.section));
  }
  for (const l of before) if (!now.has(l.id)) changes.push(change('removed', l));
  return changes;
}

/** Everything a creator changed between the approved snapshot and the course as submitted now. */
export function diffCourseSnapshots(before: CourseSnapshot, after: CourseSnapshot): CourseChange[] {
  const changes: CourseChange[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    const [a, b] = [before[field] ?? '', after[field] ?? ''];
    if (a !== b) changes.push({ kind: 'field', field, before: a, after: b });
  }
  for (const field of SNAPSHOT_TEXTS) {
    if (before[field] !== after[field])
      changes.push({ kind: 'text', field, lines: diffText(before[field], after[field]) });
  }
  if (priceKey(before.prices) !== priceKey(after.prices))
    changes.push({ kind: 'prices', before: before.prices, after: after.prices });
  const added = after.tags.filter((t) => !before.tags.includes(t));
  const removed = before.tags.filter((t) => !after.tags.includes(t));
  if (added.length > 0 || removed.length > 0) changes.push({ kind: 'tags', added, removed });
  return [...changes, ...lessonChanges(before.lessons, after.lessons)];
}
