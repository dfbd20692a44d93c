import { describe, expect, it } from 'vitest';

import { csvCell, csvResponse, minorToDecimal, toCsv } from './csv';

describe('csvCell', () => {
  it('prefixes text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('林文')).toBe('林文');
  });

  it('writes numbers as they are, negative ones too, and nothing for empty cells', () => {
    expect(csvCell(-19.99)).toBe('-19.99');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a BOM, the header and CRLF rows', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, '=1'],
        ],
      ),
    ).toBe("\uFEFFa,b\r\n1,x\r\n,'=1\r\n");
  });
});

describe('csvResponse', () => {
  it('answers an attachment with a sanitised file name', async () => {
    const res = csvResponse('a"b\r\n.csv', 'x');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="a_b__.csv"');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await res.text()).toBe('x');
  });
});

describe('minorToDecimal', () => {
  it('turns minor units into a decimal', () => {
    expect(minorToDecimal(1999)).toBe(19.99);
    expect(minorToDecimal(-300)).toBe(-3);
  });
});
