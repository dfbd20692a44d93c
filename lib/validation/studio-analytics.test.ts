import { describe, expect, it } from 'vitest';

import {
  analyticsQuerySchema,
  lastDayKey,
  parseAnalyticsQuery,
  parsePlatformRange,
  rangeDayKeys,
  ratingBucket,
  resolveRange,
  studentsQuerySchema,
} from './studio-analytics';

const now = new Date('2026-03-10T15:00:00Z');

describe('analytics range', () => {
  it('defaults to the 30 days ending today, in UTC', () => {
    const r = resolveRange({}, now);
    expect(r).toMatchObject({ days: 30, preset: 30 });
    expect(r.from.toISOString()).toBe('2026-02-09T00:00:00.000Z');
    expect(r.to.toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(lastDayKey(r)).toBe('2026-03-10');
  });

  it('takes a preset and a custom from/to (both days included)', () => {
    const seven = parseAnalyticsQuery({ range: '7' }, now);
    expect(seven.ok && seven.filter.range.days).toBe(7);
    const custom = parseAnalyticsQuery({ from: '2026-01-30', to: '2026-02-02' }, now);
    expect(custom.ok && rangeDayKeys(custom.filter.range)).toEqual([
      '2026-01-30',
      '2026-01-31',
      '2026-02-01',
      '2026-02-02',
    ]);
    expect(custom.ok && custom.filter.range.preset).toBeNull();
  });

  it('refuses reversed, too long, impossible or half-given dates and unknown parameters', () => {
    const messages = (input: Record<string, string>) => {
      const r = analyticsQuerySchema.safeParse(input);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages({ from: '2026-02-02', to: '2026-01-30' })).toEqual([
      'StudioAnalytics.errors.rangeOrder',
    ]);
    expect(messages({ from: '2025-01-01', to: '2026-01-02' })).toEqual([
      'StudioAnalytics.errors.rangeTooLong',
    ]);
    expect(messages({ from: '2026-02-30', to: '2026-03-01' })).toContain(
      'StudioAnalytics.errors.dateInvalid',
    );
    expect(messages({ from: '2026-02-01' })).toEqual(['StudioAnalytics.errors.dateInvalid']);
    expect(messages({ range: '365' })).toEqual(['StudioAnalytics.errors.rangeInvalid']);
    expect(messages({ course: 'x' })).toEqual(['Validation.invalid']);
    expect(analyticsQuerySchema.safeParse({ creatorId: 'x' }).success).toBe(false);
    expect(messages({ from: '2025-01-01', to: '2025-12-31' })).toEqual([]);
  });

  it('buckets ratings by week, or by month past four months', () => {
    expect(ratingBucket(resolveRange({ range: 90 }, now))).toBe('week');
    expect(ratingBucket(resolveRange({ from: '2025-01-01', to: '2025-12-31' }, now))).toBe('month');
  });
});

describe('students query', () => {
  it('accepts a course, a search and a page, and refuses extra fields', () => {
    expect(studentsQuerySchema.parse({ q: ' Lin ', page: '2', course: '' })).toEqual({
      q: 'Lin',
      page: 2,
      course: undefined,
    });
    expect(studentsQuerySchema.safeParse({ page: '0' }).success).toBe(false);
    expect(studentsQuerySchema.safeParse({ email: 'x' }).success).toBe(false);
  });
});

describe('parsePlatformRange', () => {
  const now = new Date('2026-03-10T15:00:00Z');
  it('resolves a good window, and falls back to the default with the key of what was wrong', () => {
    expect(parsePlatformRange({ from: '2026-01-01', to: '2026-01-07' }, now)).toEqual({
      range: resolveRange({ from: '2026-01-01', to: '2026-01-07' }, now),
      queryError: null,
    });
    expect(parsePlatformRange({ from: '2026-01-07', to: '2026-01-01' }, now)).toEqual({
      range: resolveRange({}, now),
      queryError: 'StudioAnalytics.errors.rangeOrder',
    });
    // Platform figures take no course filter.
    expect(parsePlatformRange({ course: 'AAAAAAAAAAAAAAAAAAAAAA' }, now)).toEqual({
      range: resolveRange({}, now),
      queryError: 'Errors.invalidQuery',
    });
  });
});
