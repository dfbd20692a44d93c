import { describe, expect, it } from 'vitest';

import { dayKeys, fillDays, parseRangeDays, rangeStart } from './date-series';

const NOW = new Date('2026-03-02T15:30:00Z');

describe('date-series', () => {
  it('starts the range at UTC midnight so that today is the last day', () => {
    expect(rangeStart(30, NOW).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(rangeStart(1, NOW).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('lists every day of the range across a month boundary, oldest first', () => {
    const keys = dayKeys(3, NOW);
    expect(keys).toEqual(['2026-02-28', '2026-03-01', '2026-03-02']);
    expect(dayKeys(90, NOW)).toHaveLength(90);
  });

  it('fills quiet days with the builder result when rows are sparse', () => {
    const keys = dayKeys(3, NOW);
    const rows = [
      { day: '2026-03-01', n: 2 },
      { day: '2026-03-01', n: 3 },
      { day: '2025-12-31', n: 99 },
    ];
    const filled = fillDays(keys, rows, (day, matches) => ({
      day,
      n: matches.reduce((s, r) => s + r.n, 0),
    }));
    expect(filled).toEqual([
      { day: '2026-02-28', n: 0 },
      { day: '2026-03-01', n: 5 },
      { day: '2026-03-02', n: 0 },
    ]);
  });

  it('accepts only 30 or 90 days when parsing a URL value', () => {
    expect(parseRangeDays('90')).toBe(90);
    expect(parseRangeDays(['90', '30'])).toBe(90);
    expect(parseRangeDays('3650')).toBe(30);
    expect(parseRangeDays(undefined)).toBe(30);
  });
});
