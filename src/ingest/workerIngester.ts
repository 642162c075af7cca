import type { FeatureCollection } from 'geojson';
import { FileError } from './fileError';
import type { PoliceUkIngester } from './ingester';
import type { StreamedIngest } from './streamIngest';
import type { IngestMessage, IngestRequest } from './ingestWorker';

/**
 * Reads police.uk files in a fresh Web Worker per load. Cancelling (the signal) terminates the worker at
 * once: nothing was stored, so nothing needs undoing.
 */
export function workerIngester(wards: FeatureCollection): PoliceUkIngester {
  return (files, options) =>
    new Promise<StreamedIngest>((resolve, reject) => {
      const worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module', name: 'harmspot-ingest' });
      const stop = () => {
        worker.terminate();
        options.signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        stop();
        reject(options.signal?.reason ?? new DOMException('Cancelled', 'AbortError'));
      };
      if (options.signal?.aborted) return onAbort();
      options.signal?.addEventListener('abort', onAbort);
      worker.onmessage = (e: MessageEvent<IngestMessage>) => {
        const m = e.data;
        if (m.type === 'progress') options.onProgress?.(m.progress);
        else if (m.type === 'block') options.onBlock(m.ipc);
        else if (m.type === 'done') {
          stop();
          resolve(m.result);
        } else {
          stop();
          const f = m.fileError;
          reject(f ? new FileError(f.fileName, f.detail, f.row, f.column) : new Error(m.message));
        }
      };
      worker.onerror = (e) => {
        stop();
        reject(new Error(`The file reader stopped: ${e.message}`));
      };
      const request: IngestRequest = { files: files.map((f) => ({ name: f.name, blob: f.blob })), wards };
      worker.postMessage(request);
    });
}
