import type { AreaIndex } from '../../geo/areaIndex';
import { batchToArrowIPC } from '../records/incidentBatch';
import { streamPoliceUk, type NamedBlob, type StreamedIngest, type StreamOptions } from './streamIngest';

export interface IngestOptions extends StreamOptions {
  /** Each block of records as an Arrow IPC stream, as soon as it is read. */
  onBlock: (ipc: Uint8Array) => void;
}

/** Reads police.uk files, handing on record blocks as Arrow IPC: in a Web Worker in the app, in process in Node. */
export type PoliceUkIngester = ((files: NamedBlob[], options: IngestOptions) => Promise<StreamedIngest>) & {
  /** Gets ready for a load the user may make soon (starts a worker while the page is idle); optional. */
  warm?: () => void;
};

/** In this thread: for Node (tests, scripts) and as the reference the worker's results are compared with. */
export function inProcessIngester(area: AreaIndex): PoliceUkIngester {
  return (files, options) => streamPoliceUk(files, area, (b) => options.onBlock(batchToArrowIPC(b)), options);
}
