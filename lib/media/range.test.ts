import { describe, expect, it } from 'vitest';

import { parseRange } from './range';

describe('parseRange', () => {
  it('serves the whole file without a Range header', () => {
    expect(parseRange(null, 100)).toEqual({ kind: 'full' });
  });

  it('UPLOAD-6: reads a closed range', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'partial', start: 0, end: 99 });
  });

  it('reads an open range to the end of the file', () => {
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'partial', start: 900, end: 999 });
  });

  it('reads a suffix range and clamps it to the file', () => {
    expect(parseRange('bytes=-10', 1000)).toEqual({ kind: 'partial', start: 990, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'partial', start: 0, end: 999 });
  });

  it('clamps an end past the file', () => {
    expect(parseRange('bytes=10-5000', 1000)).toEqual({ kind: 'partial', start: 10, end: 999 });
  });

  it('UPLOAD-6: refuses a start past the end, a reversed or a malformed range', () => {
    expect(parseRange('bytes=999999999-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=50-10', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-1-2', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=1e3-', 1000)).toEqual({ kind: 'unsatisfiable' });
  });

  it('UPLOAD-6: answers a multi-range with the full file, never multipart', () => {
    expect(parseRange('bytes=0-1,2-3', 1000)).toEqual({ kind: 'full' });
  });

  it('ignores units other than bytes', () => {
    expect(parseRange('items=0-1', 1000)).toEqual({ kind: 'full' });
  });
});
