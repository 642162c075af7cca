import { combineFingerprints, fingerprintText } from '../domain/fingerprint';
import type { AreaIndex } from '../geo/areaIndex';
import { concatBatches, type IncidentBatch } from './incidentBatch';
import type { LoadReport } from './loadReport';
import { readPoliceUkCsv } from './policeUkCsv';
import { PointEnricher } from './pointEnricher';

export interface TextFile {
  name: string;
  text: string;
}

export interface IngestedSource {
  batch: IncidentBatch;
  reports: LoadReport[];
  fingerprint: string;
}

export const POLICE_UK_KIND = 'police.uk';
export const POLICE_UK_LICENCE =
  'data.police.uk — Contains public sector information licensed under the Open Government Licence v3.0.';

/**
 * police.uk street CSVs → one source's records and a report per file. Used by the browser for picked files
 * and by scripts/prepare-data for the embedded data, so both go through the same parsing and enrichment.
 * Throws FileError for the first file that cannot be read at all; nothing is returned for any file then.
 */
export function ingestPoliceUk(files: TextFile[], area: AreaIndex): IngestedSource {
  const enricher = new PointEnricher(area);
  const parsed = files.map((f) => readPoliceUkCsv(f.text, f.name, enricher));
  return {
    batch: concatBatches(parsed.map((p) => p.batch)),
    reports: parsed.map((p) => p.report),
    fingerprint: combineFingerprints(files.map((f) => fingerprintText(f.text))),
  };
}
