import { describe, expect, it } from 'vitest';
import { formatCsv } from '../../src/domain/csv-table.js';
import { isMonth, monthsRange } from '../../src/domain/export-range.js';

describe('formatCsv', () => {
  it('writes a header and rows with CRLF line ends, quoting only what needs it', () => {
    expect(formatCsv({ header: ['a', 'b'], rows: [['1', 'plain'], ['2', 'comma, here'], ['3', 'say "hi"'], ['4', 'two\nlines'], ['5', '']] })).toBe(
      'a,b\r\n1,plain\r\n2,"comma, here"\r\n3,"say ""hi"""\r\n4,"two\nlines"\r\n5,\r\n',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('keeps a spreadsheet from running %s as a formula', (value, written) => {
    expect(formatCsv({ header: ['x'], rows: [[value]] })).toBe(`x\r\n${written}\r\n`);
  });
});

describe('export months', () => {
  it.each([
    ['2026-09', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-9', false],
    ['Sept 2026', false],
  ])('%s is a month: %s', (text, expected) => {
    expect(isMonth(text)).toBe(expected);
  });

  it('covers whole months as the program’s clock reads them, across a daylight-saving change', () => {
    const range = monthsRange('2026-10', '2026-11', 'America/Chicago');
    expect(range.from?.toISOString()).toBe('2026-10-01T05:00:00.000Z'); // CDT
    expect(range.to?.toISOString()).toBe('2026-12-01T06:00:00.000Z'); // CST
  });

  it('rolls December over to the next year, and leaves an end open when it is not given', () => {
    expect(monthsRange(undefined, '2026-12', 'UTC')).toEqual({ from: undefined, to: new Date('2027-01-01T00:00:00Z') });
    expect(monthsRange('2026-01', undefined, 'Asia/Tokyo')).toEqual({ from: new Date('2025-12-31T15:00:00Z'), to: undefined });
  });
});
