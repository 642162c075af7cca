import Papa from 'papaparse';
import { tableFromIPC } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { FileError } from './fileError';

/**
 * Any input file as a header and rows of text, so that one validator serves CSV, Parquet and Arrow alike.
 * Row numbers in messages count the header as row 1, whatever the format.
 */
export interface TabularFile {
  name: string;
  header: string[];
  rows: string[][];
}

export function csvTable(text: string, name: string): TabularFile {
  const body = text.replace(/^\uFEFF/, '');
  const fast = fastCsv(body, name);
  if (fast) return fast;
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new FileError(name, `a quoted field is never closed (${quoteError.message})`, (quoteError.row ?? 0) + 2);
  }
  if (parsed.data.length === 0) throw new FileError(name, 'the file is empty');
  const [header, ...rows] = parsed.data;
  return { name, header, rows };
}

/**
 * police.uk files as downloaded have no quote characters and use commas: then plain splitting is exact and
 * three times faster than a general parser. Anything else (quotes, other delimiters) goes to Papa Parse.
 */
function fastCsv(body: string, name: string): TabularFile | undefined {
  if (body.includes('"')) return undefined;
  const lines = body.split(/\r\n|\n|\r/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !lines[first].includes(',') || lines[first].includes(';') || lines[first].includes('\t')) return undefined;
  const rows: string[][] = [];
  const nonBlank = /\S/;
  for (let i = first + 1; i < lines.length; i++) if (nonBlank.test(lines[i])) rows.push(lines[i].split(','));
  return { name, header: lines[first].split(','), rows };
}

/** A value from a typed column as the text a CSV would hold. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // police.uk months: a date column is read at month precision.
    return `${value.getUTCFullYear()}-${String(value.getUTCMonth() + 1).padStart(2, '0')}`;
  }
  return String(value);
}

export function arrowTable(bytes: Uint8Array, name: string): TabularFile {
  let table;
  try {
    table = tableFromIPC(bytes);
  } catch (err) {
    throw new FileError(name, `could not be read as Arrow IPC (${(err as Error).message})`);
  }
  const header = table.schema.fields.map((f) => f.name);
  const columns = header.map((h) => table.getChild(h)!);
  const rows = Array.from({ length: table.numRows }, (_, i) => columns.map((c) => cellText(c.get(i))));
  return { name, header, rows };
}

export async function parquetTable(bytes: Uint8Array, name: string): Promise<TabularFile> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
    const header = parquetSchema(metadata).children.map((c) => c.element.name);
    const objects = await parquetReadObjects({ file, metadata, compressors });
    const rows = objects.map((o) => header.map((h) => cellText(o[h])));
    return { name, header, rows };
  } catch (err) {
    throw new FileError(name, `could not be read as Parquet (${(err as Error).message})`);
  }
}
