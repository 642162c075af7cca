// A static file server for tests and the bench that honours single `Range: bytes=a-b` requests and logs
// every request, so a test can see which files and byte ranges a reader asked for.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';

export interface LoggedRequest {
  path: string;
  /** [start, end] inclusive, or undefined for a whole-file request. */
  range?: [number, number];
  status: number;
  bytes: number;
}

export interface RangeServer {
  url: string;
  log: LoggedRequest[];
  close(): Promise<void>;
}

export async function startRangeServer(root: string): Promise<RangeServer> {
  const log: LoggedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path));
    const entry: LoggedRequest = { path, status: 404, bytes: 0 };
    log.push(entry);
    let size: number;
    try {
      if (!file.startsWith(normalize(root) + sep) || !statSync(file).isFile()) throw new Error('not a file');
      size = statSync(file).size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    let start = 0;
    let end = size - 1;
    if (match) {
      start = Number(match[1]);
      end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
      if (start > end) {
        entry.status = 416;
        res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
        return;
      }
      entry.range = [start, end];
      entry.status = 206;
      res.writeHead(206, { 'Content-Type': type, 'Content-Length': end - start + 1, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Accept-Ranges': 'bytes' });
    } else {
      entry.status = 200;
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes' });
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    entry.bytes = end - start + 1;
    createReadStream(file, { start, end }).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections(); // fetch keeps connections alive; close would wait for them
      }),
  };
}
