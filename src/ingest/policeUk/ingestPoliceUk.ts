import { fingerprintBytes } from '../../domain/fingerprint';
import type { AreaIndex } from '../../geo/areaIndex';
import { FileError } from '../../domain/fileError';
import { expandFiles, type InputFile, type SkippedFile } from '../formats/fileSet';
import { concatBatches, type IncidentBatch } from '../records/incidentBatch';
import type { LoadReport } from '../records/loadReport';
import type { ColumnMapping } from '../../domain/columnMapping';
import { PointEnricher } from '../records/pointEnricher';
import type { ForceMonth } from '../records/batchBuilder';
import { streamPoliceUk, type NamedBlob } from './streamIngest';

export interface IngestedSource {
  batch: IncidentBatch;
  /** (force, month) pairs among the records. */
  forceMonths: ForceMonth[];
  reports: LoadReport[];
  /** Files that were not read, and why. */
  skippedFiles: SkippedFile[];
  fingerprint: string;
  /** True when any record is marked as made by the project's synthetic generators. */
  synthetic: boolean;
}

export const POLICE_UK_KIND = 'police.uk';
export const POLICE_UK_LICENCE =
  'data.police.uk — Contains public sector information licensed under the Open Government Licence v3.0.';

export const COUNCIL_KIND = 'council';

/**
 * An analyst's own incident file through a column mapping: one source, one report. Mapped records join
 * `incidents` beside police.uk's; council ASB and police.uk ASB can describe the same incidents.
 */
export async function ingestMapped(input: InputFile, mapping: ColumnMapping, area: AreaIndex): Promise<IngestedSource> {
  const expanded = expandFiles([input]);
  if (expanded.tables.length !== 1) throw new FileError(input.name, 'is not one table (CSV, Parquet or Arrow)');
  // The mapped reader (with its grid projection) loads on first use: most sessions never map a file.
  const { readMapped } = await import('../council/mappedRows');
  const parsed = readMapped(await expanded.tables[0](), mapping, new PointEnricher(area));
  return {
    batch: parsed.batch,
    reports: [parsed.report],
    skippedFiles: [],
    forceMonths: [],
    fingerprint: fingerprintBytes(input.bytes),
    synthetic: /INVENTED|SYNTHETIC/i.test(input.name),
  };
}

/** The table inside a file, for the column-mapping dialog. */
export async function readTable(input: InputFile) {
  const expanded = expandFiles([input]);
  if (expanded.tables.length !== 1) throw new FileError(input.name, 'is not one table (CSV, Parquet or Arrow)');
  return expanded.tables[0]();
}

/** Bytes as a Blob, for the streaming reader (which also takes Files as they are). */
export const asBlobs = (inputs: InputFile[]): NamedBlob[] =>
  inputs.map((i) => ({ name: i.name, blob: new Blob([i.bytes as Uint8Array<ArrayBuffer>]) }));

/**
 * All the records of police.uk files in one batch, through the same streaming reader the app uses (which
 * hands on blocks instead): for scripts/prepare-data, the bench and tests. Throws FileError for the first
 * file that cannot be read at all; nothing is returned for any file then.
 */
export async function ingestPoliceUk(inputs: InputFile[], area: AreaIndex): Promise<IngestedSource> {
  const blocks: IncidentBatch[] = [];
  const result = await streamPoliceUk(asBlobs(inputs), area, (b) => blocks.push(b));
  return { ...result, batch: concatBatches(blocks) };
}
