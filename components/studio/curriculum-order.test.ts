import { describe, expect, it } from 'vitest';

import type { Curriculum } from '@/lib/data/studio-curriculum';

import { moveLesson, moveSection, toOrder } from './curriculum-order';

const lesson = (id: string) => ({
  id,
  title: id,
  kind: 'article' as const,
  isPreview: false,
  body: '',
  captionsVtt: '',
  durationSec: 0,
  media: null,
});
const c: Curriculum = {
  courseId: 'c',
  version: 3,
  durationSec: 0,
  sections: [
    { id: 'A', title: 'A', lessons: [lesson('a1'), lesson('a2')] },
    { id: 'B', title: 'B', lessons: [lesson('b1')] },
  ],
};

describe('curriculum order', () => {
  it('moves a lesson into another section at an index', () => {
    expect(toOrder(moveLesson(c, 'a1', 'B', 1))).toEqual([
      { id: 'A', lessonIds: ['a2'] },
      { id: 'B', lessonIds: ['b1', 'a1'] },
    ]);
  });

  it('moves a lesson within its section and clamps the index', () => {
    expect(toOrder(moveLesson(c, 'a1', 'A', 99))[0]).toEqual({ id: 'A', lessonIds: ['a2', 'a1'] });
  });

  it('moves sections and ignores unknown ids or out-of-range targets', () => {
    expect(toOrder(moveSection(c, 'B', 0)).map((s) => s.id)).toEqual(['B', 'A']);
    expect(moveSection(c, 'B', 5)).toBe(c);
    expect(moveLesson(c, 'zz', 'A', 0)).toBe(c);
  });
});
