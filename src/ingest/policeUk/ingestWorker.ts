// The police.uk reader in a Web Worker: the page stays responsive however large the files, and cancelling
// is terminating the worker. Records leave block by block as Arrow IPC, transferred (not copied).
import type { FeatureCollection } from 'geojson';
import { AreaIndex } from '../../geo/areaIndex';
import { FileError } from '../../domain/fileError';
import { batchToArrowIPC } from '../records/incidentBatch';
import { streamPoliceUk, type NamedBlob } from './streamIngest';

/** First the area's wards (sent as the worker starts), then the files to read. */
export type IngestRequest = { type: 'wards'; wards: FeatureCollection; lsoas?: FeatureCollection } | { type: 'read'; files: NamedBlob[] };

export type IngestMessage =
  | { type: 'progress'; progress: import('./streamIngest').IngestProgress }
  | { type: 'block'; ipc: Uint8Array }
  | { type: 'done'; result: import('./streamIngest').StreamedIngest }
  | { type: 'error'; message: string; fileError?: { fileName: string; detail: string; row?: number; column?: string } };

const post = (m: IngestMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

let area: AreaIndex | undefined;

self.onmessage = async (e: MessageEvent<IngestRequest>) => {
  const request = e.data;
  if (request.type === 'wards') {
    area = new AreaIndex(request.wards, request.lsoas);
    return;
  }
  try {
    if (!area) throw new Error('the reader was given files before the wards');
    const result = await streamPoliceUk(
      request.files,
      area,
      (batch) => {
        const ipc = batchToArrowIPC(batch);
        post({ type: 'block', ipc }, [ipc.buffer]);
      },
      { onProgress: (progress) => post({ type: 'progress', progress }) },
    );
    post({ type: 'done', result });
  } catch (err) {
    const fileError =
      err instanceof FileError ? { fileName: err.fileName, detail: err.detail, row: err.row, column: err.column } : undefined;
    post({ type: 'error', message: err instanceof Error ? err.message : String(err), fileError });
  }
};
