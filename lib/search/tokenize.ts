/**
 * Search tokens for our own inverted index (MariaDB FULLTEXT cannot segment Chinese). The same function
 * runs over course text at index time and over the query at search time, so both sides agree.
 */

export const MAX_TERM_LENGTH = 64;

// Light on purpose: only words that match nearly every course and carry no meaning on their own.
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'the',
  'this',
  'that',
  'to',
  'with',
  'you',
  'your',
  '的',
  '了',
  '和',
  '与',
  '及',
  '是',
  '在',
  '也',
  '就',
  '都',
  '而',
  '或',
  '把',
  '被',
  '让',
  '从',
  '到',
  '用',
]);

const HAN = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

// ICU's word break carries a CJK dictionary whatever the locale, so one segmenter serves en and zh.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function clip(term: string): string {
  const chars = Array.from(term);
  return chars.length > MAX_TERM_LENGTH ? chars.slice(0, MAX_TERM_LENGTH).join('') : term;
}

function keep(term: string): boolean {
  if (!WORDLIKE.test(term) || STOP_WORDS.has(term)) return false;
  // A lone Han character is too ambiguous to index; the bigrams cover it in context.
  return !(HAN.test(term) && Array.from(term).length === 1);
}

/**
 * Lower-cased words (Intl.Segmenter) plus overlapping character bigrams of every Han run, so
 * "机器学习入门" is found by "机器学习" and by "学习". Order follows the text; duplicates are kept.
 */
export function tokenize(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const out: string[] = [];
  for (const seg of segmenter.segment(normalized)) {
    if (!seg.isWordLike) continue;
    const term = clip(seg.segment.trim());
    if (keep(term)) out.push(term);
  }
  for (const [run] of normalized.matchAll(HAN_RUN)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = `${chars[i]}${chars[i + 1]}`;
      if (!STOP_WORDS.has(bigram)) out.push(bigram);
    }
  }
  return out;
}

/** Distinct tokens, first occurrence order: what a search query is matched with. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query))];
}
