import type { FeatureCollection } from 'geojson';
import { FileError } from '../../domain/fileError';
import type { PoliceUkIngester } from './ingester';
import type { StreamedIngest } from './streamIngest';
import type { IngestMessage, IngestRequest } from './ingestWorker';

/** Runs `f` when the page has nothing else to do (or after a few seconds at most). */
const whenIdle = (f: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(f, { timeout: 5000 }) : setTimeout(f, 1000);

/**
 * Reads police.uk files in a Web Worker. Cancelling (the signal) or a failure terminates the worker at once:
 * nothing was stored, so nothing needs undoing. A worker that finished a load is kept for the next one (its
 * compiled code stays warm). Once warmed (`warm()`, which the dashboard calls when it has started), a worker
 * is also started and given the wards and LSOAs while the page is idle, so that a file the user drops is read at once
 * rather than after the reader's code has loaded (≈0.2 s here).
 */
export function workerIngester(wards: FeatureCollection, lsoas?: FeatureCollection): PoliceUkIngester {
  const start = () => {
    const worker = new Worker(new URL('./ingestWorker.ts', import.meta.url), { type: 'module', name: 'harmspot-ingest' });
    const setUp: IngestRequest = { type: 'wards', wards, lsoas };
    worker.postMessage(setUp);
    return worker;
  };
  let spare: Worker | null = null;
  let warmed = false;
  let reading = 0;
  const keepSpare = () => {
    if (warmed) whenIdle(() => reading === 0 && (spare ??= start()));
  };
  const read: PoliceUkIngester = (files, options) =>
    new Promise<StreamedIngest>((resolve, reject) => {
      const worker = spare ?? start();
      spare = null;
      reading++;
      /** `keep`: the worker finished cleanly and may read the next load. */
      const stop = (keep = false) => {
        worker.onmessage = null;
        worker.onerror = null;
        reading--;
        options.signal?.removeEventListener('abort', onAbort);
        if (keep && !spare) spare = worker;
        else worker.terminate();
        keepSpare();
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
          stop(true);
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
      const request: IngestRequest = { type: 'read', files: files.map((f) => ({ name: f.name, blob: f.blob })) };
      worker.postMessage(request);
    });
  read.warm = () => {
    warmed = true;
    keepSpare();
  };
  return read;
}
