import { describe, expect, it } from 'vitest';

import { courseSearchTerms, FIELD_WEIGHTS } from './course-terms';

const base = {
  title: '',
  subtitle: '',
  tags: [] as string[],
  categoryNames: [] as string[],
  description: '',
};

function weightOf(terms: { term: string; weight: number }[], term: string) {
  return terms.find((t) => t.term === term)?.weight;
}

describe('courseSearchTerms', () => {
  it('weights each field as specified when a term appears in one field', () => {
    const terms = courseSearchTerms({
      ...base,
      title: 'Kotlin',
      tags: ['android'],
      subtitle: 'coroutines',
      categoryNames: ['Programming', '编程'],
      description: 'gradle gradle gradle',
    });
    expect(weightOf(terms, 'kotlin')).toBe(FIELD_WEIGHTS.title);
    expect(weightOf(terms, 'android')).toBe(FIELD_WEIGHTS.tags);
    expect(weightOf(terms, 'coroutines')).toBe(FIELD_WEIGHTS.subtitle);
    expect(weightOf(terms, 'programming')).toBe(FIELD_WEIGHTS.category);
    expect(weightOf(terms, '编程')).toBe(FIELD_WEIGHTS.category);
    // Repetition inside one field does not inflate the weight.
    expect(weightOf(terms, 'gradle')).toBe(FIELD_WEIGHTS.description);
  });

  it('adds the weights of every field a term appears in', () => {
    const terms = courseSearchTerms({
      ...base,
      title: 'Rust',
      tags: ['rust'],
      description: 'Rust',
    });
    expect(weightOf(terms, 'rust')).toBe(5 + 3 + 1);
  });

  it('indexes Chinese titles so a partial query matches them', () => {
    const terms = courseSearchTerms({ ...base, title: '机器学习入门', description: '## 课程简介' });
    expect(weightOf(terms, '机器')).toBeGreaterThanOrEqual(FIELD_WEIGHTS.title);
    expect(weightOf(terms, '学习')).toBeGreaterThanOrEqual(FIELD_WEIGHTS.title);
    expect(weightOf(terms, '简介')).toBe(FIELD_WEIGHTS.description);
  });

  it('ignores markdown link targets and code fences when they are in the description', () => {
    const terms = courseSearchTerms({
      ...base,
      description: 'See [the docs](https://example.com/secret-path)\n```js\nconst hidden = 1\n```',
    });
    const words = terms.map((t) => t.term);
    expect(words).toContain('docs');
    expect(words).not.toContain('https');
    expect(words).not.toContain('hidden');
  });

  it('emits each term once', () => {
    const terms = courseSearchTerms({ ...base, title: 'Go Go', subtitle: 'go', description: 'go' });
    expect(terms.filter((t) => t.term === 'go')).toHaveLength(1);
  });
});
