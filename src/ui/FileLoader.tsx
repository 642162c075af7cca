import { useState } from 'react';
import type { Coordinator, PreparedLoad } from '../coordinator/coordinator';
import { monthLabel } from '../domain/months';
import { FileError } from '../ingest/fileError';
import { summariseReport, type LoadReport } from '../ingest/loadReport';

interface Props {
  coordinator: Coordinator;
  areaName: string;
  onLoaded: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'reading'; names: string[] }
  | { kind: 'confirm'; load: PreparedLoad }
  | { kind: 'done'; reports: LoadReport[] }
  | { kind: 'error'; message: string };

/**
 * Loads police.uk street CSVs picked by the user. A file that cannot be read changes nothing already loaded;
 * months already loaded are only replaced when the user says so.
 */
export function FileLoader({ coordinator, areaName, onLoaded }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  async function store(load: PreparedLoad) {
    await coordinator.commit(load);
    setStatus({ kind: 'done', reports: load.source.reports });
    onLoaded();
  }

  async function onFiles(list: FileList | null) {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setStatus({ kind: 'reading', names: files.map((f) => f.name) });
    try {
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      const load = await coordinator.preparePoliceUk(texts);
      if (load.duplicates.length > 0) setStatus({ kind: 'confirm', load });
      else await store(load);
    } catch (err) {
      const message = err instanceof FileError ? err.message : `Could not load the file: ${String(err)}`;
      setStatus({ kind: 'error', message });
    }
  }

  return (
    <section className="control file-loader" aria-label="Load police.uk files">
      <label className="button">
        Load police.uk CSV…
        <input
          type="file"
          accept=".csv,text/csv"
          multiple
          data-testid="file-input"
          onChange={(e) => {
            void onFiles(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      {status.kind === 'reading' && <p role="status">Reading {status.names.join(', ')}…</p>}
      {status.kind === 'error' && (
        <p role="alert" className="error" data-testid="load-error">
          {status.message} Nothing was added; what was loaded before is unchanged.
        </p>
      )}
      {status.kind === 'confirm' && (
        <div role="alertdialog" aria-label="Months already loaded" className="confirm" data-testid="confirm-replace">
          <p>
            Already loaded:{' '}
            {status.load.duplicates.map((d) => `${monthLabel(d.month)} (${d.force || 'no force'})`).join(', ')}.
            Replace those months with the new file, or cancel?
          </p>
          <button type="button" onClick={() => void store(status.load)} data-testid="confirm-replace-yes">
            Replace
          </button>
          <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
      {status.kind === 'done' && (
        <ul role="status" className="load-summary" data-testid="load-summary">
          {status.reports.map((r) => (
            <li key={r.fileName}>
              <strong>{r.fileName}</strong>: {summariseReport(r, areaName)}.
              {r.skipped.map((g) => (
                <span key={`${g.column}${g.reason}`} className="skip">
                  {' '}
                  {g.count} row{g.count === 1 ? '' : 's'} skipped: {g.column ? `column "${g.column}" ` : ''}
                  {g.reason} (row {g.rows.join(', ')}
                  {g.count > g.rows.length ? ', …' : ''}).
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
