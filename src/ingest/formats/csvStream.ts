import Papa from 'papaparse';
import { FileError } from '../../domain/fileError';

/** Rows completed by one piece of text, and the spreadsheet row number (header = row 1) of the first. */
export interface RowBlock {
  rows: string[][];
  firstRow: number;
}

/**
 * A CSV file read piece by piece (the pieces may cut a line or a quoted field anywhere): the header, then
 * blocks of complete rows, so that a file of any size is read with memory for one piece at a time.
 * police.uk files as downloaded have no quote characters and use commas: then plain splitting is exact and
 * three times faster than a general parser. From the first quote character on, record ends are found by a
 * quote-aware scan and each run of whole records is parsed by Papa Parse. Blank lines are skipped and not
 * counted, as Papa Parse's `skipEmptyLines: 'greedy'` does.
 */
export class CsvStream {
  header: string[] | undefined;
  private delimiter: string | undefined;
  private carry = '';
  private quoted = false;
  /** Quote state at the end of `carry`, which the quote-aware scan has already read. */
  private carryInQuotes = false;
  private rowsDone = 0;
  /** The start of the file, where line-end style is judged. */
  private seen = '';

  constructor(private readonly fileName: string) {}

  /** A stream that takes over a file part-read by the byte path: the header and rows so far are known. */
  static resume(fileName: string, header: string[], rowsDone: number): CsvStream {
    const s = new CsvStream(fileName);
    s.header = header;
    s.delimiter = ',';
    s.rowsDone = rowsDone;
    return s;
  }

  /**
   * Whether the byte path may take over from here: the header is read, the file uses commas, no quote has
   * been seen and line ends are "\n" or "\r\n". Returns the unread text, then held by the byte path.
   */
  handOver(): { header: string[]; rowsDone: number; rest: string } | undefined {
    if (!this.header || this.delimiter !== ',' || this.quoted || /\r(?!\n)/.test(this.seen)) return undefined;
    const rest = this.carry;
    this.carry = '';
    return { header: this.header, rowsDone: this.rowsDone, rest };
  }

  /** Rows completed by `text`; the header is taken from the first record and not returned. */
  push(text: string): RowBlock {
    if (this.seen.length < 65_536) this.seen += text.slice(0, 65_536);
    const buf = this.carry + text;
    let cut: number;
    if (!this.quoted && text.includes('"')) {
      this.quoted = true;
      this.carryInQuotes = false;
      this.carry = '';
    }
    if (this.quoted) {
      const scan = scanRecords(buf, this.carry.length, this.carryInQuotes);
      cut = scan.end;
      this.carryInQuotes = scan.inQuotes;
    } else {
      cut = lastLineEnd(buf);
    }
    if (!this.delimiter && !commaHeader(buf) && cut > 0 && countBreaks(buf, cut) < 10 && buf.length < 65_536) {
      // Papa Parse guesses a delimiter from several lines: wait for them (or for the end of the file).
      cut = 0;
      this.carryInQuotes = false;
    }
    this.carry = buf.slice(cut);
    if (this.carry.length > MAX_RECORD_CHARS) {
      throw new FileError(this.fileName, 'a quoted field runs on for millions of characters: a quote is never closed', this.rowsDone + 2);
    }
    return this.parse(buf.slice(0, cut));
  }

  /** The rows left when the file ends (its last line need not end with a newline). */
  end(): RowBlock {
    const rest = this.carry;
    this.carry = '';
    const block = this.parse(rest);
    if (!this.header) throw new FileError(this.fileName, 'the file is empty');
    return block;
  }

  private parse(text: string): RowBlock {
    const firstRow = this.rowsDone + 2;
    if (text === '') return { rows: [], firstRow };
    if (!this.delimiter) this.delimiter = chooseDelimiter(text);
    const rows = !this.quoted && this.delimiter === ',' ? splitPlain(text) : this.papa(text);
    if (!this.header && rows.length > 0) this.header = rows.shift();
    this.rowsDone += rows.length;
    return { rows, firstRow };
  }

  private papa(text: string): string[][] {
    const parsed = Papa.parse<string[]>(text, { delimiter: this.delimiter, skipEmptyLines: 'greedy' });
    const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
    if (quoteError) {
      // Papa counts the header as row 0 when it is in this piece; the spreadsheet counts it as row 1.
      const row = this.rowsDone + (quoteError.row ?? 0) + (this.header ? 2 : 1);
      throw new FileError(this.fileName, `a quoted field is never closed (${quoteError.message})`, row);
    }
    return parsed.data;
  }
}

/** One record longer than this is a quote never closed, not data: reading on would hold the whole file. */
const MAX_RECORD_CHARS = 16_000_000;
const nonBlank = /\S/;

function splitPlain(text: string): string[][] {
  const lines = text.includes('\r') ? text.split(/\r\n|\n|\r/) : text.split('\n');
  const rows: string[][] = [];
  for (const line of lines) {
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && !nonBlank.test(line))) continue;
    rows.push(line.split(','));
  }
  return rows;
}

/** True when the first line has commas and no semicolons or tabs. */
function commaHeader(text: string): boolean {
  const start = text.search(/\S/);
  const lineEnd = text.slice(Math.max(0, start)).search(/\r|\n/);
  const firstLine = lineEnd < 0 ? text : text.slice(Math.max(0, start), Math.max(0, start) + lineEnd);
  return firstLine.includes(',') && !firstLine.includes(';') && !firstLine.includes('\t');
}

function countBreaks(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Comma for a comma header; otherwise what Papa Parse guesses from the first lines. */
function chooseDelimiter(text: string): string {
  if (commaHeader(text)) return ',';
  return Papa.parse(text, { preview: 10, skipEmptyLines: 'greedy' }).meta.delimiter || ',';
}

/** Index just after the last line break, keeping a final lone "\r" back in case "\n" follows it. */
function lastLineEnd(buf: string): number {
  const n = buf.lastIndexOf('\n');
  if (n >= 0) return n + 1;
  const r = buf.lastIndexOf('\r');
  return r >= 0 && r < buf.length - 1 ? r + 1 : 0;
}

/**
 * Index just after the last line break outside a quoted field. `buf` starts at a record start and was
 * already read up to `from`, where the quote state was `inQuotes` (so a long record is not read twice).
 */
function scanRecords(buf: string, from: number, inQuotes: boolean): { end: number; inQuotes: boolean } {
  let end = 0;
  let q = inQuotes;
  for (let i = from; i < buf.length; i++) {
    const c = buf.charCodeAt(i);
    if (c === 34) q = !q;
    else if (!q && (c === 10 || c === 13)) end = i + 1;
  }
  return { end, inQuotes: q };
}
