import { describe, expect, it } from 'vitest';

import { filtersToQuery, parseCatalogFilters, parseSearchFilters } from './catalog';

describe('parseCatalogFilters', () => {
  it('keeps allowed values when every filter is valid', () => {
    expect(
      parseCatalogFilters({
        level: 'beginner',
        language: 'zh',
        price: 'free',
        sort: 'rating',
        page: '3',
      }),
    ).toEqual({
      level: 'beginner',
      language: 'zh',
      price: 'free',
      sort: 'rating',
      page: 3,
    });
  });
  it('drops a sort that is not on the allow-list when it carries SQL (WEB-6)', () => {
    expect(parseCatalogFilters({ sort: 'title; DROP TABLE users--' }).sort).toBeUndefined();
  });
  it('drops unknown enum values and bad pages instead of failing', () => {
    const f = parseCatalogFilters({ level: 'expert', language: 'fr', price: 'cheap', page: '-2' });
    expect(f).toEqual({
      level: undefined,
      language: undefined,
      price: undefined,
      sort: undefined,
      page: undefined,
    });
  });
  it('takes the first value when a parameter is repeated', () => {
    expect(parseCatalogFilters({ level: ['advanced', 'beginner'] }).level).toBe('advanced');
  });
});

describe('parseSearchFilters', () => {
  it('trims the query and keeps Chinese text', () => {
    expect(parseSearchFilters({ q: '  机器学习 ' }).q).toBe('机器学习');
  });
  it('drops an over-long query when it exceeds 100 characters', () => {
    expect(parseSearchFilters({ q: 'x'.repeat(101) }).q).toBeUndefined();
  });
});

describe('filtersToQuery', () => {
  it('omits empty values and page 1 when building a link', () => {
    expect(filtersToQuery({ q: 'go', level: undefined, page: 1 })).toBe('?q=go');
  });
  it('applies overrides over the current filters', () => {
    expect(filtersToQuery({ q: '机器', sort: 'newest', page: 4 }, { page: 5 })).toBe(
      `?q=${encodeURIComponent('机器')}&sort=newest&page=5`,
    );
  });
  it('returns an empty string when nothing is set', () => {
    expect(filtersToQuery({})).toBe('');
  });
});
