import { unzipSync } from 'fflate';
import { FileError } from '../../domain/fileError';
import { arrowTable, csvTable, parquetTable, type TabularFile } from './tabular';
import { decodeText } from './textDecoding';

export { decodeText };

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface SkippedFile {
  name: string;
  reason: string;
}

export interface ExpandedFiles {
  /** Files to read as police.uk street records, in name order. */
  tables: (() => Promise<TabularFile>)[];
  names: string[];
  /** Files not read, each with the reason (outcomes and stop-and-search files in a police.uk zip, …). */
  skipped: SkippedFile[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ARROW_FILE_MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const baseName = (path: string) => path.split('/').pop() ?? path;

/** Why a file inside a police.uk archive is not a street file, or undefined when it is one to read. */
function archiveSkipReason(path: string): string | undefined {
  const name = baseName(path).toLowerCase();
  if (path.includes('__MACOSX/') || name.startsWith('._')) return 'macOS archive metadata, not data';
  if (name.endsWith('-outcomes.csv')) return 'police.uk outcomes file (outcomes are not mapped)';
  if (name.endsWith('-stop-and-search.csv')) return 'police.uk stop-and-search file (not street-level crime)';
  if (!/\.(csv|parquet|arrow|arrows|feather)$/.test(name)) return 'not a CSV, Parquet or Arrow file';
  return undefined;
}

export type FileKind = 'zip' | 'parquet' | 'arrow' | 'csv';

/** What a file is, from its first bytes (and its name where the bytes do not say). */
export function fileKind(name: string, head: Uint8Array): FileKind {
  if (startsWith(head, ZIP_MAGIC)) return 'zip';
  if (startsWith(head, PARQUET_MAGIC)) return 'parquet';
  if (startsWith(head, ARROW_FILE_MAGIC) || /\.(arrow|arrows|feather)$/i.test(name)) return 'arrow';
  if (/\.parquet$/i.test(name)) return 'parquet';
  return 'csv';
}

function tableReader(name: string, bytes: Uint8Array): () => Promise<TabularFile> {
  const kind = fileKind(name, bytes);
  if (kind === 'parquet') return () => parquetTable(bytes, name);
  if (kind === 'arrow') return async () => arrowTable(bytes, name);
  return async () => csvTable(decodeText(bytes), name);
}

/**
 * The files inside a zip (as data.police.uk hands it out, with month folders): its outcomes and
 * stop-and-search files, and anything that is not a table, are skipped and listed.
 */
export function openZip(name: string, bytes: Uint8Array): { members: InputFile[]; skipped: SkippedFile[] } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (err) {
    throw new FileError(name, `could not be opened as a zip archive (${(err as Error).message})`);
  }
  const members: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const [path, entry] of Object.entries(entries)) {
    if (path.endsWith('/')) continue; // a folder entry
    const reason = archiveSkipReason(path);
    if (reason) skipped.push({ name: `${name}/${path}`, reason });
    else members.push({ name: `${name}/${path}`, bytes: entry });
  }
  return { members, skipped };
}

/** Picked or dropped files → the tables to read, in name order; a zip is opened (see openZip). */
export function expandFiles(inputs: InputFile[]): ExpandedFiles {
  const found: InputFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    if (fileKind(input.name, input.bytes) !== 'zip') {
      found.push(input);
      continue;
    }
    const zip = openZip(input.name, input.bytes);
    found.push(...zip.members);
    skipped.push(...zip.skipped);
  }
  found.sort((a, b) => a.name.localeCompare(b.name));
  return { tables: found.map((f) => tableReader(f.name, f.bytes)), names: found.map((f) => f.name), skipped };
}
