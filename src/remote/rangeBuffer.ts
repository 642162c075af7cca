// An AsyncBuffer over HTTP range requests that counts what it transfers and can be cancelled. hyparquet's
// asyncBufferFromUrl would quietly download the whole file when a server ignores Range (status 200); here
// that is an error, because reading a national file whole is exactly what this reader exists to avoid.
import type { AsyncBuffer } from 'hyparquet';

export interface TransferCounter {
  bytes: number;
  requests: number;
}

export interface RangeBufferOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  counter: TransferCounter;
}

export function newCounter(): TransferCounter {
  return { bytes: 0, requests: 0 };
}

export function rangeAsyncBuffer(url: string, byteLength: number, options: RangeBufferOptions): AsyncBuffer {
  const { counter, signal } = options;
  const fetchFn = options.fetch ?? globalThis.fetch;
  return {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      if (end <= start) return new ArrayBuffer(0);
      signal?.throwIfAborted();
      counter.requests++;
      const res = await fetchFn(url, { headers: { Range: `bytes=${start}-${end - 1}` }, signal });
      if (res.status !== 206) {
        await res.body?.cancel();
        throw new Error(
          res.status === 200
            ? `${url}: the server ignored the Range header (status 200); serve the dataset from a server that supports range requests`
            : `${url}: request for bytes ${start}-${end - 1} failed (status ${res.status})`,
        );
      }
      const buffer = await res.arrayBuffer();
      counter.bytes += buffer.byteLength;
      if (buffer.byteLength !== end - start) {
        throw new Error(`${url}: asked for ${end - start} bytes at ${start}, got ${buffer.byteLength} (has the file changed since the manifest?)`);
      }
      return buffer;
    },
  };
}
