import { combineFingerprints, Fingerprinter } from '../../domain/fingerprint';
import { SYNTHETIC_FORCE } from '../../domain/synthetic';
import type { AreaIndex } from '../../geo/areaIndex';
import type { ForceMonth } from '../records/batchBuilder';
import { CsvStream, type RowBlock } from '../formats/csvStream';
import { FileError } from '../../domain/fileError';
import { fileKind, openZip, type FileKind, type SkippedFile } from '../formats/fileSet';
import type { IncidentBatch } from '../records/incidentBatch';
import type { LoadReport } from '../records/loadReport';
import { PointEnricher } from '../records/pointEnricher';
import { PoliceUkReader } from './policeUkRows';
import { arrowTable, parquetTable, type TabularFile } from '../formats/tabular';
import { ChunkDecoder, concat } from '../formats/textDecoding';

/** A file as picked or dropped (a File is one), or bytes wrapped in a Blob. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

export interface IngestProgress {
  /** Bytes of the files (or of the files inside a zip) read so far, and in all. */
  bytesDone: number;
  bytesTotal: number;
  /** Rows read so far, kept or not. */
  rows: number;
  file: string;
}

export interface StreamOptions {
  onProgress?: (p: IngestProgress) => void;
  signal?: AbortSignal;
  /** Records per block handed to `onBlock`. */
  blockSize?: number;
  /** Bytes read at a time (tests make it small to cut lines and characters anywhere). */
  pieceBytes?: number;
}

/** Everything about a load except its records, which went to `onBlock` block by block. */
export interface StreamedIngest {
  records: number;
  reports: LoadReport[];
  skippedFiles: SkippedFile[];
  forceMonths: ForceMonth[];
  fingerprint: string;
  synthetic: boolean;
}

/** Bytes read at a time: big enough that per-piece work is negligible, small enough to bound memory. */
const PIECE_BYTES = 4 << 20;

interface Member {
  name: string;
  blob: Blob;
  kind: FileKind;
  /** The fingerprint of the file the user gave, fed as this member is read (undefined for zip members). */
  fingerprint?: Fingerprinter;
}

async function head(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, 8).arrayBuffer());
}

/**
 * police.uk street files (CSV as downloaded, a data.police.uk zip, or the same columns as Parquet or Arrow)
 * → one source's records, block by block, and a report per file. CSVs are read in pieces, never whole, so a
 * file of any size fits in bounded memory; zips, Parquet and Arrow are read whole. Throws FileError (file,
 * row, column) for the first file that cannot be read at all: the caller then stores nothing.
 */
export async function streamPoliceUk(
  inputs: NamedBlob[],
  area: AreaIndex,
  onBlock: (batch: IncidentBatch) => void,
  options: StreamOptions = {},
): Promise<StreamedIngest> {
  const members: Member[] = [];
  const skippedFiles: SkippedFile[] = [];
  const prints: Fingerprinter[] = [];
  for (const input of inputs) {
    const kind = fileKind(input.name, await head(input.blob));
    if (kind !== 'zip') {
      const fingerprint = new Fingerprinter(input.blob.size);
      prints.push(fingerprint);
      members.push({ ...input, kind, fingerprint });
      continue;
    }
    const bytes = new Uint8Array(await input.blob.arrayBuffer());
    const fingerprint = new Fingerprinter(bytes.length);
    fingerprint.update(bytes);
    prints.push(fingerprint);
    const zip = openZip(input.name, bytes);
    skippedFiles.push(...zip.skipped);
    for (const m of zip.members) {
      members.push({ name: m.name, kind: fileKind(m.name, m.bytes), blob: new Blob([m.bytes as Uint8Array<ArrayBuffer>]) });
    }
  }
  if (members.length === 0) throw new FileError(inputs.map((i) => i.name).join(', '), 'holds no police.uk street file to read');
  members.sort((a, b) => a.name.localeCompare(b.name));

  const enricher = new PointEnricher(area);
  const progress: IngestProgress = { bytesDone: 0, bytesTotal: members.reduce((n, m) => n + m.blob.size, 0), rows: 0, file: '' };
  const reports: LoadReport[] = [];
  const forceMonths = new Map<string, ForceMonth>();
  let records = 0;
  const countBlock = (batch: IncidentBatch) => {
    records += batch.length;
    onBlock(batch);
  };
  for (const member of members) {
    options.signal?.throwIfAborted();
    progress.file = member.name;
    const { kind } = member;
    if (kind === 'zip') throw new FileError(member.name, 'is a zip inside a zip: open the outer one and load what it holds');
    const result =
      kind === 'csv'
        ? await readCsv(member, enricher, countBlock, progress, options)
        : await readWhole(member, kind, enricher, countBlock, progress, options);
    reports.push(result.report);
    for (const fm of result.forceMonths) forceMonths.set(`${fm.force}\u0000${fm.month}`, fm);
  }
  return {
    records,
    reports,
    skippedFiles,
    forceMonths: [...forceMonths.values()],
    fingerprint: combineFingerprints(prints.map((p) => p.digest())),
    synthetic: reports.some((r) => r.forces.includes(SYNTHETIC_FORCE)),
  };
}

type ReadResult = ReturnType<PoliceUkReader['finish']>;

const EMPTY: Uint8Array = new Uint8Array(0);
const encoder = new TextEncoder();
const utf8 = new TextDecoder();

/** True when bytes [start, end) are all whitespace, as the text path's /\S/ test judges a blank line. */
function blankLine(src: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const b = src[i];
    if (b >= 0x80) return !/\S/.test(utf8.decode(src.subarray(start, end)));
    if (b !== 32 && (b < 9 || b > 13)) return false;
  }
  return true;
}

/**
 * One CSV member, in pieces. The first piece goes through the text path (decoder + CsvStream), which reads
 * the header and judges the file; a police.uk file as downloaded is then read as bytes, line by line, by
 * the reader's fast path, and each line it is unsure of goes through the text rules on its own. A quote
 * anywhere sends the rest of the file back to the text path, which alone can follow quoted line breaks.
 */
async function readCsv(
  member: Member,
  enricher: PointEnricher,
  onBlock: (batch: IncidentBatch) => void,
  progress: IngestProgress,
  options: StreamOptions,
): Promise<ReadResult> {
  const decoder = new ChunkDecoder();
  const lineDecoder = new ChunkDecoder();
  let csv: CsvStream | undefined = new CsvStream(member.name);
  let reader: PoliceUkReader | undefined;
  let carry = EMPTY;
  let rowsDone = 0;

  const takeRows = (block: RowBlock) => {
    if (!reader && csv?.header) reader = new PoliceUkReader(member.name, csv.header, enricher, onBlock, options.blockSize);
    if (reader && block.rows.length > 0) reader.add(block.rows, block.firstRow);
    progress.rows += block.rows.length;
  };

  const textPiece = (text: string) => {
    takeRows(csv!.push(text));
    const handed = reader?.fastPathFits && !decoder.isWindows1252 ? csv!.handOver() : undefined;
    if (handed) {
      carry = concat(encoder.encode(handed.rest), decoder.takeHeld());
      rowsDone = handed.rowsDone;
      csv = undefined;
    }
  };

  /** A line the fast path left: decoded and split as the text path would (a lone "\r" ends a row there too). */
  const slowLine = (src: Uint8Array, start: number, end: number) => {
    const text = lineDecoder.push(src.subarray(start, end)) + lineDecoder.end();
    for (const part of text.split('\r')) {
      if (!/\S/.test(part)) continue;
      rowsDone++;
      reader!.add([part.split(',')], rowsDone + 1);
    }
  };

  /** The lines of `buf` from `pos`, through the byte path; returns where an unfinished last line starts. */
  const byteLines = (buf: Uint8Array, pos: number, last: boolean): number => {
    while (pos < buf.length) {
      let nl = buf.indexOf(10, pos);
      if (nl < 0) {
        if (!last) break;
        nl = buf.length;
      }
      const end = nl > pos && buf[nl - 1] === 13 ? nl - 1 : nl;
      if (end > pos && !blankLine(buf, pos, end)) {
        if (reader!.addLine(buf, pos, end)) rowsDone++;
        else slowLine(buf, pos, end);
      }
      pos = nl + 1;
    }
    return pos;
  };

  const bytePiece = (piece: Uint8Array, last: boolean) => {
    const before = rowsDone;
    if (piece.indexOf(34) >= 0) {
      const buf = carry.length ? concat(carry, piece) : piece;
      carry = EMPTY;
      csv = CsvStream.resume(member.name, reader!.header, rowsDone);
      textPiece(decoder.push(buf));
      return;
    }
    // The line the last piece left unfinished is completed on its own, so the piece is read where it lies
    // rather than copied after it.
    let start = 0;
    if (carry.length) {
      const nl = piece.indexOf(10);
      start = nl < 0 ? piece.length : nl + 1;
      const joined = concat(carry, piece.subarray(0, start));
      carry = EMPTY;
      const rest = byteLines(joined, 0, last || nl >= 0);
      if (rest < joined.length) carry = joined.slice(rest);
    }
    const pos = carry.length ? piece.length : byteLines(piece, start, last);
    if (pos < piece.length) carry = piece.slice(pos);
    progress.rows += rowsDone - before;
  };

  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  const size = member.blob.size;
  const read = (offset: number) => (offset < size ? member.blob.slice(offset, offset + pieceBytes).arrayBuffer() : undefined);
  let next = read(0);
  for (let offset = 0; offset < size; offset += pieceBytes) {
    options.signal?.throwIfAborted();
    const piece = new Uint8Array(await next!);
    // The next piece is read while this one is parsed.
    next = read(offset + pieceBytes);
    member.fingerprint?.update(piece);
    if (csv) textPiece(decoder.push(piece));
    else bytePiece(piece, false);
    progress.bytesDone += piece.length;
    options.onProgress?.({ ...progress });
  }
  if (csv) {
    takeRows(csv.push(decoder.end()));
    takeRows(csv.end());
  } else {
    bytePiece(EMPTY, true);
  }
  return reader!.finish();
}

async function readWhole(
  member: Member,
  kind: 'parquet' | 'arrow',
  enricher: PointEnricher,
  onBlock: (batch: IncidentBatch) => void,
  progress: IngestProgress,
  options: StreamOptions,
): Promise<ReadResult> {
  const bytes = new Uint8Array(await member.blob.arrayBuffer());
  member.fingerprint?.update(bytes);
  const table: TabularFile = kind === 'parquet' ? await parquetTable(bytes, member.name) : arrowTable(bytes, member.name);
  const reader = new PoliceUkReader(member.name, table.header, enricher, onBlock, options.blockSize);
  reader.add(table.rows, 2);
  progress.rows += table.rows.length;
  progress.bytesDone += bytes.length;
  options.onProgress?.({ ...progress });
  return reader.finish();
}
