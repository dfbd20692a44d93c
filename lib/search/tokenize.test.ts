import { describe, expect, it } from 'vitest';

import { MAX_TERM_LENGTH, queryTerms, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases English words and drops stop words and punctuation', () => {
    expect(tokenize('The Complete Guide to React & TypeScript!')).toEqual([
      'complete',
      'guide',
      'react',
      'typescript',
    ]);
  });

  it('keeps dotted names and numbers whole when the text is technical', () => {
    expect(tokenize('Node.js 20 in 3 weeks')).toEqual(['node.js', '20', '3', 'weeks']);
  });

  it('segments Chinese into words and adds character bigrams when the text is Chinese', () => {
    const terms = tokenize('机器学习入门');
    expect(terms).toEqual(expect.arrayContaining(['机器', '学习', '入门', '器学', '习入']));
  });

  it('lets "机器学习" and "学习" find "机器学习入门" when both sides are tokenized', () => {
    const indexed = new Set(tokenize('机器学习入门'));
    for (const query of ['机器学习', '学习', '入门']) {
      const terms = queryTerms(query);
      expect(terms.length).toBeGreaterThan(0);
      expect(terms.every((t) => indexed.has(t))).toBe(true);
    }
  });

  it('handles mixed Chinese and English text when a title mixes scripts', () => {
    const terms = tokenize('用Python做数据分析');
    expect(terms).toContain('python');
    expect(terms).toContain('数据');
    expect(terms).toContain('分析');
    expect(terms).not.toContain('用');
  });

  it('drops lone Han characters and normalises full-width letters when they appear', () => {
    const terms = tokenize('学 ＰＹＴＨＯＮ');
    expect(terms).toEqual(['python']);
  });

  it('clips terms to the column length when a word is very long', () => {
    const [term] = tokenize('x'.repeat(100));
    expect(term).toHaveLength(MAX_TERM_LENGTH);
  });

  it('returns distinct query terms in first-seen order', () => {
    expect(queryTerms('go Go GO 语言')).toEqual(['go', '语言']);
  });
});
