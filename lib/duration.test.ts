import { describe, expect, it } from 'vitest';

import { durationParts } from './duration';

describe('durationParts', () => {
  it('rounds a partial minute up when there are leftover seconds', () => {
    expect(durationParts(20)).toEqual({ hours: 0, minutes: 1 });
  });
  it('splits hours and minutes when longer than an hour', () => {
    expect(durationParts(3 * 3600 + 25 * 60)).toEqual({ hours: 3, minutes: 25 });
  });
  it('treats negative input as zero', () => {
    expect(durationParts(-5)).toEqual({ hours: 0, minutes: 0 });
  });
});
