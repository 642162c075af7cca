import { useCallback, useState } from 'react';
import type { Coordinator, PreparedLoad } from '../coordinator/coordinator';
import { FileError } from '../ingest/fileError';
import type { SkippedFile } from '../ingest/fileSet';
import type { LoadReport } from '../ingest/loadReport';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[] }
  | { kind: 'confirm'; load: PreparedLoad }
  | { kind: 'done'; reports: LoadReport[]; skippedFiles: SkippedFile[] }
  | { kind: 'error'; message: string };

/**
 * Loading picked or dropped files. A file that cannot be read changes nothing already loaded; months
 * already loaded are replaced only when the user confirms.
 */
export function useFileLoad(coordinator: Coordinator | null, onLoaded: () => void) {
  const [status, setStatus] = useState<LoadStatus>({ kind: 'idle' });

  const store = useCallback(
    async (load: PreparedLoad) => {
      if (!coordinator) return;
      try {
        await coordinator.commit(load);
        setStatus({ kind: 'done', reports: load.source.reports, skippedFiles: load.source.skippedFiles });
        onLoaded();
      } catch (err) {
        setStatus({ kind: 'error', message: `Could not store the records: ${String(err)}` });
      }
    },
    [coordinator, onLoaded],
  );

  const loadFiles = useCallback(
    async (files: File[]) => {
      if (!coordinator || files.length === 0) return;
      setStatus({ kind: 'reading', names: files.map((f) => f.name) });
      try {
        const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
        const load = await coordinator.preparePoliceUk(inputs);
        if (load.duplicates.length > 0) setStatus({ kind: 'confirm', load });
        else await store(load);
      } catch (err) {
        const message = err instanceof FileError ? err.message : `Could not load the file: ${String(err)}`;
        setStatus({ kind: 'error', message });
      }
    },
    [coordinator, store],
  );

  return {
    status,
    loadFiles,
    confirm: (load: PreparedLoad) => void store(load),
    cancel: () => setStatus({ kind: 'idle' }),
  };
}
