import { combineFingerprints, fingerprintBytes } from '../domain/fingerprint';
import { SYNTHETIC_FORCE } from '../domain/synthetic';
import type { AreaIndex } from '../geo/areaIndex';
import { FileError } from './fileError';
import { expandFiles, type InputFile, type SkippedFile } from './fileSet';
import { concatBatches, type IncidentBatch } from './incidentBatch';
import type { LoadReport } from './loadReport';
import { readPoliceUk } from './policeUkRows';
import { readMapped, type ColumnMapping } from './mappedRows';
import { PointEnricher } from './pointEnricher';

export interface IngestedSource {
  batch: IncidentBatch;
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

/**
 * police.uk street files (CSV as downloaded, a data.police.uk zip, or the same columns as Parquet or Arrow)
 * → one source's records and a report per file. Used by the browser for picked and dropped files and by
 * scripts/prepare-data for the embedded data, so both go through the same parsing and enrichment.
 * Throws FileError for the first file that cannot be read at all; nothing is returned for any file then.
 */
export const COUNCIL_KIND = 'council';

/**
 * An analyst's own incident file through a column mapping: one source, one report. Mapped records join
 * `incidents` beside police.uk's; council ASB and police.uk ASB can describe the same incidents.
 */
export async function ingestMapped(input: InputFile, mapping: ColumnMapping, area: AreaIndex): Promise<IngestedSource> {
  const expanded = expandFiles([input]);
  if (expanded.tables.length !== 1) throw new FileError(input.name, 'is not one table (CSV, Parquet or Arrow)');
  const parsed = readMapped(await expanded.tables[0](), mapping, new PointEnricher(area));
  return {
    batch: parsed.batch,
    reports: [parsed.report],
    skippedFiles: [],
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

export async function ingestPoliceUk(inputs: InputFile[], area: AreaIndex): Promise<IngestedSource> {
  const expanded = expandFiles(inputs);
  if (expanded.tables.length === 0) {
    const name = inputs.map((i) => i.name).join(', ');
    throw new FileError(name, 'holds no police.uk street file to read');
  }
  const enricher = new PointEnricher(area);
  const parsed = [];
  for (const read of expanded.tables) parsed.push(readPoliceUk(await read(), enricher));
  return {
    batch: concatBatches(parsed.map((p) => p.batch)),
    reports: parsed.map((p) => p.report),
    skippedFiles: expanded.skipped,
    fingerprint: combineFingerprints(inputs.map((f) => fingerprintBytes(f.bytes))),
    synthetic: parsed.some((p) => p.report.forces.includes(SYNTHETIC_FORCE)),
  };
}
