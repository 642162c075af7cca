import { useCallback, useRef, useState } from 'react';
import type { Coordinator, PreparedLoad } from '../coordinator/coordinator';
import { FileError } from '../ingest/fileError';
import type { SkippedFile } from '../ingest/fileSet';
import type { LoadReport } from '../ingest/loadReport';
import { guessMapping, headerSignature, type ColumnMapping } from '../ingest/mappedRows';
import type { TabularFile } from '../ingest/tabular';
import type { IngestProgress } from '../ingest/streamIngest';
import { recallMapping, rememberMapping } from '../state/mappingMemory';
import { rememberLoad, type StoredLoad } from '../state/localStore';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[]; progress?: IngestProgress }
  | { kind: 'storing'; records: number; blocksDone: number; blocksTotal: number }
  | { kind: 'cancelled' }
  | { kind: 'confirm'; load: PreparedLoad; keep: StoredLoad }
  | { kind: 'done'; reports: LoadReport[]; skippedFiles: SkippedFile[] }
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
    async (load: PreparedLoad, keep: StoredLoad) => {
      if (!coordinator) return;
      const signal = startRun();
      const records = load.source.records;
      setStatus({ kind: 'storing', records, blocksDone: 0, blocksTotal: load.source.ipc.length });
      try {
        await coordinator.commit(load, {
          signal,
          onProgress: (blocksDone, blocksTotal) => setStatus({ kind: 'storing', records, blocksDone, blocksTotal }),
        });
        void rememberLoad(keep);
        setStatus({ kind: 'done', reports: load.source.reports, skippedFiles: load.source.skippedFiles });
        onLoaded();
      } catch (err) {
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
    confirm: (load: PreparedLoad, keep: StoredLoad) => void store(load, keep),
    cancel: () => setStatus({ kind: 'idle' }),
    /** Stops reading or storing: the worker is stopped or the transaction rolled back. */
    abort: () => running.current?.abort(),
  };
}
