import { fingerprintText } from '../domain/fingerprint';
import { SYNTHETIC_FORCE } from '../domain/synthetic';
import type { AreaIndex } from '../geo/areaIndex';
import type { ReadProgress, RemoteDataset, RemoteReadStats } from './remoteDataset';
import type { ForceMonth } from '../ingest/records/batchBuilder';
import { batchToArrowIPC } from '../ingest/records/incidentBatch';
import type { LoadReport } from '../ingest/records/loadReport';
import { PointEnricher } from '../ingest/records/pointEnricher';
import { PoliceUkReader } from '../ingest/policeUk/policeUkRows';
import type { StreamedIngest } from '../ingest/policeUk/streamIngest';

export interface RemoteIngest extends StreamedIngest {
  /** What the range requests cost, the manifest included. */
  transfer: RemoteReadStats & { datasetBytes: number };
  missingMonths: string[];
  emptyMonths: string[];
}

export interface RemoteIngestOptions {
  /** YYYY-MM months to read; every month the dataset has when not given. */
  months?: string[];
  signal?: AbortSignal;
  onProgress?: (p: ReadProgress) => void;
}

/**
 * The area's records from a hosted month-partitioned dataset (see src/remote): only the row groups that
 * overlap the area's bounding box travel, then every record goes through the same police.uk validation
 * and ward/cell placement as a picked file, block by block to `onBlock`.
 */
export async function ingestRemote(
  dataset: RemoteDataset,
  area: AreaIndex,
  onBlock: (ipc: Uint8Array) => void,
  options: RemoteIngestOptions = {},
): Promise<RemoteIngest> {
  const { manifest } = dataset;
  const months = options.months ?? manifest.months.map((m) => m.month);
  const result = await dataset.read({ months, bbox: area.bounds, signal: options.signal, onProgress: options.onProgress });
  const enricher = new PointEnricher(area);
  const reports: LoadReport[] = [];
  const forceMonths = new Map<string, ForceMonth>();
  let records = 0;
  for (const { table } of result.tables) {
    const reader = new PoliceUkReader(table.name, table.header, enricher, (batch) => {
      records += batch.length;
      onBlock(batchToArrowIPC(batch));
    });
    reader.add(table.rows, 2);
    const done = reader.finish();
    reports.push(done.report);
    for (const fm of done.forceMonths) forceMonths.set(`${fm.force}\u0000${fm.month}`, fm);
  }
  const stats = result.stats;
  return {
    records,
    reports,
    skippedFiles: [],
    forceMonths: [...forceMonths.values()],
    // The manifest states every month file's size and row count: it identifies this version of the dataset.
    fingerprint: fingerprintText(`${JSON.stringify(manifest)}|${months.join(',')}`),
    synthetic: manifest.synthetic || reports.some((r) => r.forces.includes(SYNTHETIC_FORCE)),
    transfer: {
      ...stats,
      bytes: stats.bytes + dataset.openStats.bytes,
      requests: stats.requests + dataset.openStats.requests,
      ms: stats.ms + dataset.openStats.ms,
      datasetBytes: manifest.months.reduce((n, m) => n + m.bytes, 0),
    },
    missingMonths: result.missingMonths,
    emptyMonths: result.emptyMonths,
  };
}
