import { describe, expect, it } from 'vitest';

import {
  diffCourseSnapshots,
  diffText,
  type CourseSnapshot,
  type SnapshotLesson,
} from './course-snapshot';

function lesson(id: string, over: Partial<SnapshotLesson> = {}): SnapshotLesson {
  return {
    id,
    title: `Lesson ${id}`,
    kind: 'video',
    section: 'Basics',
    isPreview: false,
    mediaId: `m-${id}`,
    bodyHash: null,
    hasCaptions: false,
    ...over,
  };
}

const base: CourseSnapshot = {
  title: 'Watercolour for beginners',
  subtitle: 'Paint in a weekend',
  description: 'Line one\nLine two\nLine three\nLine four\nLine five\nLine six',
  outcomes: 'Mix colours',
  requirements: '',
  category: 'Art',
  level: 'beginner',
  language: 'en',
  coverUrl: '/covers/a.webp',
  prices: [{ amountMinor: 1999, currency: 'USD' }],
  tags: ['painting', 'colour'],
  lessons: ['a', 'b', 'c', 'd'].map((id) => lesson(id)),
};

describe('diffCourseSnapshots', () => {
  it('finds nothing between a snapshot and itself', () => {
    expect(diffCourseSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it('names each changed listing field with its old and new value', () => {
    const changes = diffCourseSnapshots(base, { ...base, title: 'Watercolour', coverUrl: null });
    expect(changes).toEqual([
      { kind: 'field', field: 'title', before: 'Watercolour for beginners', after: 'Watercolour' },
      { kind: 'field', field: 'coverUrl', before: '/covers/a.webp', after: '' },
    ]);
  });

  it('reports new prices and tags added and removed', () => {
    const after = {
      ...base,
      prices: [
        { amountMinor: 2499, currency: 'USD' as const },
        { amountMinor: 16900, currency: 'CNY' as const },
      ],
      tags: ['painting', 'landscape'],
    };
    expect(diffCourseSnapshots(base, after)).toEqual([
      { kind: 'prices', before: base.prices, after: after.prices },
      { kind: 'tags', added: ['landscape'], removed: ['colour'] },
    ]);
  });

  it('reports lessons added, removed, renamed, re-recorded, rewritten, captioned and opened', () => {
    const after = {
      ...base,
      lessons: [
        lesson('a', { title: 'Welcome', isPreview: true }),
        lesson('b', { mediaId: 'm-new', hasCaptions: true }),
        lesson('c', { bodyHash: 'h2' }),
        lesson('e'),
      ],
    };
    const changes = diffCourseSnapshots(base, after).map((c) =>
      c.kind === 'lesson' ? [c.change, c.lessonId, c.before] : c.kind,
    );
    expect(changes).toEqual([
      ['renamed', 'a', 'Lesson a'],
      ['preview', 'a', undefined],
      ['media', 'b', undefined],
      ['captions', 'b', undefined],
      ['body', 'c', undefined],
      ['added', 'e', undefined],
      ['removed', 'd', undefined],
    ]);
  });

  it('calls one lesson dragged to the end one move, and a new section a move', () => {
    const dragged = { ...base, lessons: ['b', 'c', 'd', 'a'].map((id) => lesson(id)) };
    const moves = diffCourseSnapshots(base, dragged).filter((c) => c.kind === 'lesson');
    expect(moves).toMatchObject([{ change: 'moved', lessonId: 'a' }]);

    const regrouped = {
      ...base,
      lessons: base.lessons.map((l) => (l.id === 'c' ? { ...l, section: 'Going further' } : l)),
    };
    expect(diffCourseSnapshots(base, regrouped)).toMatchObject([
      { kind: 'lesson', change: 'moved', lessonId: 'c', before: 'Basics' },
    ]);
  });

  it('does not call lessons moved when one is inserted or removed before them', () => {
    const inserted = { ...base, lessons: [lesson('z'), ...base.lessons] };
    expect(diffCourseSnapshots(base, inserted)).toMatchObject([
      { kind: 'lesson', change: 'added', lessonId: 'z' },
    ]);
  });
});

describe('diffText', () => {
  it('keeps one line of context around a change and folds the rest into a gap', () => {
    const lines = diffText(base.description, base.description.replace('Line four', 'Line 4'));
    expect(lines).toEqual([
      { op: 'gap', text: '' },
      { op: 'same', text: 'Line three' },
      { op: 'remove', text: 'Line four' },
      { op: 'add', text: 'Line 4' },
      { op: 'same', text: 'Line five' },
      { op: 'gap', text: '' },
    ]);
  });

  it('shows a text written from nothing as added lines', () => {
    expect(diffText('', 'New\nText')).toEqual([
      { op: 'add', text: 'New' },
      { op: 'add', text: 'Text' },
    ]);
  });
});
