import { describe, expect, it } from 'vitest';

import { MAX_PAGE_SIZE, pageItems, pageWindow, totalPages } from './pagination';

const labels = (items: ReturnType<typeof pageItems>) =>
  items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

describe('pageWindow', () => {
  it('caps the page size at the maximum when a larger size is requested', () => {
    expect(pageWindow(1, 10_000).pageSize).toBe(MAX_PAGE_SIZE);
  });
  it('falls back to page 1 when the page is zero, negative or not a number', () => {
    expect(pageWindow(0, 10).page).toBe(1);
    expect(pageWindow(-3, 10).page).toBe(1);
    expect(pageWindow(Number.NaN, 10).page).toBe(1);
  });
  it('computes the offset from the page and size when both are valid', () => {
    expect(pageWindow(3, 20)).toEqual({ page: 3, pageSize: 20, offset: 40 });
  });
});

describe('totalPages', () => {
  it('returns at least one page when there are no results', () => {
    expect(totalPages(0, 24)).toBe(1);
  });
  it('rounds up when the last page is partial', () => {
    expect(totalPages(49, 24)).toBe(3);
  });
});

describe('pageItems', () => {
  it('lists every page when there are few pages', () => {
    expect(labels(pageItems(2, 4))).toBe('1 [2] 3 4');
  });
  it('shows gaps on both sides when the current page is in the middle', () => {
    expect(labels(pageItems(10, 20))).toBe('1 … 9 [10] 11 … 20');
  });
  it('fills a one-page gap with the page instead of an ellipsis', () => {
    expect(labels(pageItems(4, 10))).toBe('1 2 3 [4] 5 … 10');
  });
  it('clamps a current page beyond the last page', () => {
    expect(labels(pageItems(99, 5))).toBe('1 … 4 [5]');
  });
});
