import type { AreaIndex } from '../geo/areaIndex';
import { batchToArrowIPC } from './incidentBatch';
import { streamPoliceUk, type NamedBlob, type StreamedIngest, type StreamOptions } from './streamIngest';

/** A load read and checked: its records as Arrow IPC blocks, ready for the database, and its report. */
export interface IngestedRecords extends StreamedIngest {
  ipc: Uint8Array[];
}

/** Reads police.uk files into IPC blocks: in a Web Worker in the app, in process in Node. */
export type PoliceUkIngester = (files: NamedBlob[], options?: StreamOptions) => Promise<IngestedRecords>;

/** In this thread: for Node (tests, scripts) and as the reference the worker's results are compared with. */
export function inProcessIngester(area: AreaIndex): PoliceUkIngester {
  return async (files, options) => {
    const ipc: Uint8Array[] = [];
    const result = await streamPoliceUk(files, area, (b) => ipc.push(batchToArrowIPC(b)), options);
    return { ...result, ipc };
  };
}
