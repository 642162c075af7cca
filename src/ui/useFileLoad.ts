import { useCallback, useRef, useState } from 'react';
import type { Coordinator, PreparedLoad } from '../coordinator/coordinator';
import { FileError } from '../domain/fileError';
import type { SkippedFile } from '../ingest/formats/fileSet';
import type { LoadReport } from '../ingest/records/loadReport';
import { guessMapping, headerSignature } from '../ingest/council/mappingGuess';
import type { ColumnMapping } from '../domain/columnMapping';
import type { TabularFile } from '../ingest/formats/tabular';
import type { IngestProgress } from '../ingest/policeUk/streamIngest';
import { recallMapping, rememberMapping } from '../state/mappingMemory';
import { rememberLoad, type StoredLoad } from '../state/localStore';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[]; progress?: IngestProgress; label?: string }
  | { kind: 'storing'; records: number; blocksDone: number; blocksTotal: number }
  | { kind: 'cancelled' }
  | { kind: 'confirm'; load: PreparedLoad; keep: StoredLoad | undefined; transfer?: string }
  | { kind: 'done'; reports: LoadReport[]; skippedFiles: SkippedFile[]; transfer?: string }
  | { kind: 'error'; message: string; mappable?: File }
  | { kind: 'mapping'; file: File; table: TabularFile; initial: Partial<ColumnMapping> };

/**
 * Loading picked or dropped files. A file that cannot be read changes nothing already loaded; months
 * already loaded are replaced only when the user confirms.
 */
export function useFileLoad(coordinator: Coordinator | null, onLoaded: () => void) {
  const [status, setStatus] = useState<LoadStatus>({ kind: 'idle' });
  // Reading and storing can be cancelled; either way nothing already loaded changes.
  const running = useRef<AbortController | null>(null);
  const startRun = () => {
    running.current?.abort();
    running.current = new AbortController();
    return running.current.signal;
  };

  const store = useCallback(
    async (load: PreparedLoad, keep: StoredLoad | undefined, transfer?: string) => {
      if (!coordinator) return;
      const signal = startRun();
      const records = load.source.records;
      setStatus({ kind: 'storing', records, blocksDone: 0, blocksTotal: 1 });
      try {
        await coordinator.commit(load, {
          signal,
          onProgress: (blocksDone, blocksTotal) => setStatus({ kind: 'storing', records, blocksDone, blocksTotal }),
        });
        if (keep) void rememberLoad(keep);
        setStatus({ kind: 'done', reports: load.source.reports, skippedFiles: load.source.skippedFiles, transfer });
        onLoaded();
      } catch (err) {
        void coordinator.discard(load);
        if (signal.aborted) setStatus({ kind: 'cancelled' });
        else setStatus({ kind: 'error', message: `Could not store the records: ${String(err)}` });
      }
    },
    [coordinator, onLoaded],
  );

  const loadFiles = useCallback(
    async (files: File[]) => {
      if (!coordinator || files.length === 0) return;
      const names = files.map((f) => f.name);
      const signal = startRun();
      setStatus({ kind: 'reading', names });
      try {
        const load = await coordinator.preparePoliceUk(
          files.map((f) => ({ name: f.name, blob: f })),
          { signal, onProgress: (progress) => !signal.aborted && setStatus({ kind: 'reading', names, progress }) },
        );
        const keep: StoredLoad = { kind: 'police.uk', files: files.map((f) => ({ name: f.name, blob: f })) };
        if (load.duplicates.length > 0) setStatus({ kind: 'confirm', load, keep });
        else await store(load, keep);
      } catch (err) {
        if (signal.aborted) return setStatus({ kind: 'cancelled' });
        const message = err instanceof FileError ? err.message : `Could not load the file: ${String(err)}`;
        // A single table that is not police.uk's can still be loaded by mapping its columns.
        const mappable = files.length === 1 && err instanceof FileError && err.row === 1 ? files[0] : undefined;
        setStatus({ kind: 'error', message, mappable });
      }
    },
    [coordinator, store],
  );

  /** A hosted dataset on this site, read by range requests (not kept in this browser: it is on the site). */
  const loadRemote = useCallback(
    async (manifestUrl: string) => {
      if (!coordinator) return;
      const signal = startRun();
      setStatus({ kind: 'reading', names: [manifestUrl] });
      try {
        const load = await coordinator.prepareRemote(manifestUrl, {
          signal,
          onProgress: (p) =>
            !signal.aborted &&
            setStatus({
              kind: 'reading',
              names: [manifestUrl],
              progress: { bytesDone: p.monthsDone, bytesTotal: p.monthsTotal, rows: 0, file: manifestUrl },
              label: `Reading ${manifestUrl}: ${p.monthsDone} of ${p.monthsTotal} months, ${megabytes(p.bytes)} transferred`,
            }),
        });
        const transfer = describeTransfer(load.transfer);
        if (load.duplicates.length > 0) setStatus({ kind: 'confirm', load, keep: undefined, transfer });
        else await store(load, undefined, transfer);
      } catch (err) {
        if (signal.aborted) return setStatus({ kind: 'cancelled' });
        setStatus({ kind: 'error', message: err instanceof FileError ? err.message : `Could not read ${manifestUrl}: ${String(err)}` });
      }
    },
    [coordinator, store],
  );

  const startMapping = useCallback(
    async (file: File) => {
      if (!coordinator) return;
      try {
        const table = await coordinator.previewTable({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        setStatus({ kind: 'mapping', file, table, initial: recallMapping(headerSignature(table.header)) ?? guessMapping(table) });
      } catch (err) {
        setStatus({ kind: 'error', message: err instanceof FileError ? err.message : String(err) });
      }
    },
    [coordinator],
  );

  const loadMapped = useCallback(
    async (file: File, table: TabularFile, mapping: ColumnMapping) => {
      if (!coordinator) return;
      try {
        const input = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
        const load = await coordinator.prepareMapped(input, mapping);
        rememberMapping(headerSignature(table.header), mapping);
        await store(load, { kind: 'mapped', files: [input], mapping });
      } catch (err) {
        setStatus({ kind: 'error', message: err instanceof FileError ? err.message : String(err) });
      }
    },
    [coordinator, store],
  );

  return {
    status,
    loadFiles,
    startMapping: (file: File) => void startMapping(file),
    loadMapped: (file: File, table: TabularFile, mapping: ColumnMapping) => void loadMapped(file, table, mapping),
    loadRemote: (manifestUrl: string) => void loadRemote(manifestUrl),
    confirm: (load: PreparedLoad, keep: StoredLoad | undefined, transfer?: string) => void store(load, keep, transfer),
    cancel: () => {
      if (status.kind === 'confirm') void coordinator?.discard(status.load);
      setStatus({ kind: 'idle' });
    },
    /** Stops reading or storing: the worker is stopped or the transaction rolled back. */
    abort: () => running.current?.abort(),
  };
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

function describeTransfer(t: { bytes: number; datasetBytes: number; requests: number; ms: number; rowGroupsRead: number; rowGroupsSkipped: number }): string {
  const share = t.datasetBytes > 0 ? ` (${((100 * t.bytes) / t.datasetBytes).toLocaleString('en-GB', { maximumFractionDigits: 1 })}%)` : '';
  return (
    `Read by range requests: ${megabytes(t.bytes)} of ${megabytes(t.datasetBytes)}${share} in ${t.requests} requests, ` +
    `${(t.ms / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1 })} s; ${t.rowGroupsRead} row groups read, ${t.rowGroupsSkipped} skipped.`
  );
}
