/** A small RFC 4180 reader: quoted cells (with doubled quotes, commas and line breaks inside), CRLF or LF, a BOM. */

export interface CsvRecord {
  /** The 1-based line of the file on which the record starts (a quoted cell may carry it over several lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvProblem {
  readonly line: number;
  readonly reason: string;
}

export interface CsvContent {
  /** Records in file order; lines that are wholly blank (no text, or only empty cells) are left out. */
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvProblem[];
}

export function parseCsv(input: string): CsvContent {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  /** The cell began with a quote (so text after its closing quote is an error). */
  let wasQuoted = false;
  let quoteLine = 1;
  let problemOnRecord = false;

  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    if (!problemOnRecord && cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    problemOnRecord = false;
  };
  const problem = (reason: string) => {
    if (!problemOnRecord) problems.push({ line: recordLine, reason });
    problemOnRecord = true;
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === ',') {
      endCell();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // CRLF: the \n ends the record.
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line += 1;
      recordLine = line;
    } else if (ch === '"') {
      if (cell.trim() === '' && !wasQuoted) {
        cell = '';
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else {
        problem('a double quote inside a cell that does not start with one: wrap the whole cell in double quotes and double the quote ("")');
      }
    } else if (wasQuoted) {
      if (ch !== ' ' && ch !== '\t') problem('text after a closing double quote: a quoted cell must end at its closing quote');
    } else {
      cell += ch;
    }
  }
  if (quoted) {
    problems.push({ line: quoteLine, reason: 'a quoted cell is never closed: a double quote is missing' });
  } else if (cell !== '' || cells.length > 0 || wasQuoted) {
    endRecord();
  }
  return { records, problems };
}

/** A cell to write: text, a number, yes/no, or empty. */
export type CsvCell = string | number | boolean | undefined;

/** The UTF-8 byte-order mark: without it Excel on Windows reads the file in the locale's code page, garbling names. */
export const UTF8_BOM = '\uFEFF';

/**
 * Writes RFC 4180 CSV (CRLF line ends), with a UTF-8 byte-order mark unless `bom` is false: cells with commas,
 * semicolons (the list separator of Excel in many locales), quotes or line breaks are quoted, quotes doubled, and text
 * a spreadsheet would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe.
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: { readonly bom?: boolean } = {}): string {
  const body = [header, ...rows].map((row) => row.map(formatCell).join(',')).join('\r\n') + '\r\n';
  return options.bom === false ? body : UTF8_BOM + body;
}

/** The CSV without its byte-order mark, if it has one. */
export function withoutBom(csv: string): string {
  return csv.startsWith(UTF8_BOM) ? csv.slice(UTF8_BOM.length) : csv;
}

function formatCell(value: CsvCell): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
