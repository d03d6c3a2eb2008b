import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/program/csv.js';

const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);
const lines = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('parseCsv (RFC 4180)', () => {
  it.each([
    ['plain cells', 'a,b,c\n1,2,3', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['CRLF line ends', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['a lone CR as a line end', 'a,b\r1,2', [['a', 'b'], ['1', '2']]],
    ['a byte-order mark', '\uFEFFname,role\nAda,mentee', [['name', 'role'], ['Ada', 'mentee']]],
    ['a comma inside quotes', 'name\n"Okafor, Ngozi"', [['name'], ['Okafor, Ngozi']]],
    ['an escaped (doubled) quote', 'name\n"Ada ""the Count"" Lovelace"', [['name'], ['Ada "the Count" Lovelace']]],
    ['a line break inside quotes', 'note,x\n"two\nlines",y', [['note', 'x'], ['two\nlines', 'y']]],
    ['a CRLF inside quotes', 'note\r\n"a\r\nb"\r\n', [['note'], ['a\r\nb']]],
    ['empty cells', 'a,,c\n,,x', [['a', '', 'c'], ['', '', 'x']]],
    ['an empty quoted cell', 'a,"",c', [['a', '', 'c']]],
    ['spaces around unquoted cells are trimmed', ' a , b ', [['a', 'b']]],
    ['spaces inside quotes are kept', '" a ",b', [[' a ', 'b']]],
    ['spaces before a quoted cell', 'x, "y, z"', [['x', 'y, z']]],
    ['a trailing comma makes an empty last cell', 'a,b,\n1,2,', [['a', 'b', ''], ['1', '2', '']]],
    ['no newline at the end', 'a\nb', [['a'], ['b']]],
  ])('reads %s', (_what, text, expected) => {
    const parsed = parseCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(cells(text)).toEqual(expected);
  });

  it('leaves out blank lines and lines of empty cells, keeping every record’s own line number', () => {
    const text = 'h1,h2\n\na,b\n,,\n   \n"c\nd",e\nf,g\n\n';
    expect(cells(text)).toEqual([['h1', 'h2'], ['a', 'b'], ['c\nd', 'e'], ['f', 'g']]);
    expect(lines(text)).toEqual([1, 3, 6, 8]);
  });

  it('counts lines the same with CRLF', () => {
    expect(lines('h\r\n"x\r\ny"\r\nz\r\n')).toEqual([1, 2, 4]);
  });

  it('reads an empty file as no records', () => {
    expect(parseCsv('')).toEqual({ records: [], problems: [] });
    expect(parseCsv('\uFEFF\r\n\r\n')).toEqual({ records: [], problems: [] });
  });

  it.each([
    ['a quote that is never closed', 'a,b\n1,"open\n2,3\n', 2, /never closed/],
    ['text after a closing quote', 'a,b\n"x"y,2\n3,4', 2, /after a closing double quote/],
    ['a quote in the middle of an unquoted cell', 'a,b\nO"Brien,2\n3,4', 2, /does not start with one/],
  ])('reports %s with its line, and keeps the other records', (_what, text, line, reason) => {
    const parsed = parseCsv(text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.line).toBe(line);
    expect(parsed.problems[0]!.reason).toMatch(reason);
    expect(parsed.records.every((r) => r.line !== line)).toBe(true);
  });

  it('keeps records after a bad one', () => {
    expect(cells('a,b\n"x"y,2\n3,4')).toEqual([['a', 'b'], ['3', '4']]);
  });
});
