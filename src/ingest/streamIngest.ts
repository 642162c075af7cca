import { unzipSync } from 'fflate';
import { combineFingerprints, Fingerprinter } from '../domain/fingerprint';
import { SYNTHETIC_FORCE } from '../domain/synthetic';
import type { AreaIndex } from '../geo/areaIndex';
import type { ForceMonth } from './batchBuilder';
import { CsvStream } from './csvStream';
import { FileError } from './fileError';
import { archiveSkipReason, fileKind, type SkippedFile } from './fileSet';
import type { IncidentBatch } from './incidentBatch';
import type { LoadReport } from './loadReport';
import { PointEnricher } from './pointEnricher';
import { PoliceUkReader } from './policeUkRows';
import { arrowTable, parquetTable, type TabularFile } from './tabular';
import { ChunkDecoder } from './textDecoding';

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
  const prints: (Fingerprinter | string)[] = [];
  for (const input of inputs) {
    if (fileKind(input.name, await head(input.blob)) !== 'zip') {
      const fingerprint = new Fingerprinter(input.blob.size);
      prints.push(fingerprint);
      members.push({ ...input, fingerprint });
      continue;
    }
    const bytes = new Uint8Array(await input.blob.arrayBuffer());
    const fingerprint = new Fingerprinter(bytes.length);
    fingerprint.update(bytes);
    prints.push(fingerprint);
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (err) {
      throw new FileError(input.name, `could not be opened as a zip archive (${(err as Error).message})`);
    }
    for (const [path, entry] of Object.entries(entries)) {
      if (path.endsWith('/')) continue; // a folder entry
      const name = `${input.name}/${path}`;
      const reason = archiveSkipReason(path);
      if (reason) skippedFiles.push({ name, reason });
      else members.push({ name, blob: new Blob([entry as Uint8Array<ArrayBuffer>]) });
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
    const kind = fileKind(member.name, await head(member.blob));
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
    fingerprint: combineFingerprints(prints.map((p) => (typeof p === 'string' ? p : p.digest()))),
    synthetic: reports.some((r) => r.forces.includes(SYNTHETIC_FORCE)),
  };
}

type ReadResult = ReturnType<PoliceUkReader['finish']>;

async function readCsv(
  member: Member,
  enricher: PointEnricher,
  onBlock: (batch: IncidentBatch) => void,
  progress: IngestProgress,
  options: StreamOptions,
): Promise<ReadResult> {
  const decoder = new ChunkDecoder();
  const csv = new CsvStream(member.name);
  let reader: PoliceUkReader | undefined;
  const take = (block: { rows: string[][]; firstRow: number }) => {
    if (!reader && csv.header) reader = new PoliceUkReader(member.name, csv.header, enricher, onBlock, options.blockSize);
    if (reader && block.rows.length > 0) reader.add(block.rows, block.firstRow);
    progress.rows += block.rows.length;
  };
  const pieceBytes = options.pieceBytes ?? PIECE_BYTES;
  for (let offset = 0; offset < member.blob.size; offset += pieceBytes) {
    options.signal?.throwIfAborted();
    const piece = new Uint8Array(await member.blob.slice(offset, offset + pieceBytes).arrayBuffer());
    member.fingerprint?.update(piece);
    take(csv.push(decoder.push(piece)));
    progress.bytesDone += piece.length;
    options.onProgress?.({ ...progress });
  }
  take(csv.push(decoder.end()));
  take(csv.end());
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
