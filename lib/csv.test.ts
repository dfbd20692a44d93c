import { describe, expect, it } from 'vitest';

import { csvCell, csvResponse, csvStreamResponse, minorToDecimal, toCsv } from './csv';

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

// Response.text() drops a leading BOM, so the bytes are compared.
const bytesOf = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString('utf8');

describe('csvStreamResponse', () => {
  it('streams the same bytes as toCsv, batch by batch, as an attachment', async () => {
    async function* batches() {
      yield [[1, '=SUM(A1)']];
      yield [
        ['a,b', null],
        ['-5', -5],
      ];
    }
    const res = csvStreamResponse('orders.csv', ['x', 'y'], batches());
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="orders.csv"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(await bytesOf(res)).toBe(
      toCsv(
        ['x', 'y'],
        [
          [1, '=SUM(A1)'],
          ['a,b', null],
          ['-5', -5],
        ],
      ),
    );
  });

  it('writes only the header when there are no rows', async () => {
    async function* none(): AsyncGenerator<never[][]> {}
    expect(await bytesOf(csvStreamResponse('e.csv', ['a'], none()))).toBe('\uFEFFa\r\n');
  });
});
