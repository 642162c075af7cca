import { tableFromIPC } from 'apache-arrow';
import { CsvStream } from './csvStream';
import { FileError } from '../../domain/fileError';

/**
 * Any input file as a header and rows of text, so that one validator serves CSV, Parquet and Arrow alike.
 * Row numbers in messages count the header as row 1, whatever the format.
 */
export interface TabularFile {
  name: string;
  header: string[];
  rows: string[][];
}

/** A whole CSV text as a table, through the same reader that streams large files. */
export function csvTable(text: string, name: string): TabularFile {
  const csv = new CsvStream(name);
  const rows = [...csv.push(text.replace(/^\uFEFF/, '')).rows, ...csv.end().rows];
  return { name, header: csv.header!, rows };
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
  // hyparquet loads on first use: few loads are Parquet.
  const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([import('hyparquet'), import('hyparquet-compressors')]);
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
