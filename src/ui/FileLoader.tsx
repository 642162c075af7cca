import { useState } from 'react';
import { monthLabel } from '../domain/months';
import { summariseReport } from '../ingest/records/loadReport';
import { MonthReconciliation } from './MonthReconciliation';
import type { PreparedLoad } from '../coordinator/coordinator';
import type { LoadStatus } from './useFileLoad';
import type { StoredLoad } from '../state/localStore';
import type { ColumnMapping } from '../domain/columnMapping';
import type { TabularFile } from '../ingest/formats/tabular';
import { ColumnMappingDialog } from './ColumnMappingDialog';
import { FilePickButton } from './FilePickButton';

interface Props {
  status: LoadStatus;
  areaName: string;
  onFiles: (files: File[]) => void;
  onMap: (file: File) => void;
  onLoadMapped: (file: File, table: TabularFile, mapping: ColumnMapping) => void;
  onConfirm: (load: PreparedLoad, keep: StoredLoad | undefined, transfer?: string) => void;
  /** Opens a hosted dataset (a manifest.json on this site). */
  onRemote: (manifestUrl: string) => void;
  onCancel: () => void;
  /** Stops a load that is reading or storing. */
  onAbort: () => void;
}

/** The file button, and what happened to each file: kept, outside the area, without location, skipped. */
export function FileLoader({ status, areaName, onFiles, onMap, onLoadMapped, onConfirm, onCancel, onAbort, onRemote }: Props) {
  return (
    <section className="control file-loader" aria-label="Load police.uk files">
      <FilePickButton
        label="Load police.uk files…"
        accept=".csv,.zip,.parquet,.arrow,.arrows,.feather,text/csv,application/zip"
        multiple
        testId="file-input"
        onFiles={onFiles}
      />
      <p className="muted small">Street CSVs, a data.police.uk zip, Parquet or Arrow — or drop them on the page.</p>
      {(status.kind === 'reading' || status.kind === 'storing') && <LoadProgress status={status} onAbort={onAbort} />}
      {status.kind === 'cancelled' && (
        <p role="status" data-testid="load-cancelled">
          Cancelled. Nothing was added; what was loaded before is unchanged.
        </p>
      )}
      {status.kind === 'error' && (
        <div>
          <p role="alert" className="error" data-testid="load-error">
            {status.message} Nothing was added; what was loaded before is unchanged.
          </p>
          {status.mappable && (
            <button type="button" onClick={() => onMap(status.mappable!)} data-testid="map-columns">
              Map its columns as your own data…
            </button>
          )}
        </div>
      )}
      {status.kind === 'mapping' && (
        <ColumnMappingDialog
          table={status.table}
          initial={status.initial}
          onLoad={(mapping) => onLoadMapped(status.file, status.table, mapping)}
          onCancel={onCancel}
        />
      )}
      {status.kind === 'confirm' && (
        <div role="alertdialog" aria-label="Months already loaded" className="confirm" data-testid="confirm-replace">
          <p>
            Already loaded:{' '}
            {status.load.duplicates.map((d) => `${monthLabel(d.month)} (${d.force || 'no force'})`).join(', ')}.
            Replace those months with the new records, or cancel?
          </p>
          <button type="button" onClick={() => onConfirm(status.load, status.keep, status.transfer)} data-testid="confirm-replace-yes">
            Replace
          </button>
          <button type="button" onClick={onCancel}>
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
              <MonthReconciliation report={r} />
            </li>
          ))}
          {status.skippedFiles.map((f) => (
            <li key={f.name} className="skipped-file">
              <strong>{f.name}</strong>: skipped — {f.reason}.
            </li>
          ))}
          {status.transfer && <li data-testid="load-transfer">{status.transfer}</li>}
        </ul>
      )}
      <RemoteDatasetForm onOpen={onRemote} />
    </section>
  );
}

const count = (n: number) => n.toLocaleString('en-GB');

/** How far a load has got, and the button that stops it. */
function LoadProgress({ status, onAbort }: { status: Extract<LoadStatus, { kind: 'reading' | 'storing' }>; onAbort: () => void }) {
  const [value, max, text] =
    status.kind === 'reading'
      ? status.progress
        ? [
            status.progress.bytesDone,
            Math.max(1, status.progress.bytesTotal),
            `Reading ${status.progress.file}: ${count(status.progress.rows)} rows, ${Math.round((100 * status.progress.bytesDone) / Math.max(1, status.progress.bytesTotal))}%`,
          ]
        : [undefined, 1, `Reading ${status.names.join(', ')}…`]
      : [status.blocksDone, Math.max(1, status.blocksTotal), `Storing ${count(status.records)} records (step ${status.blocksDone} of ${status.blocksTotal})`];
  return (
    <div className="load-progress" data-testid="load-progress">
      <p role="status" aria-live="polite">
        {(status.kind === 'reading' && status.label) || text}
      </p>
      <progress value={value} max={max} aria-label={status.kind === 'reading' ? 'Reading files' : 'Storing records'} />
      <button type="button" onClick={onAbort} data-testid="load-abort">
        Cancel loading
      </button>
    </div>
  );
}

/**
 * A dataset prepared with `npm run prepare-national` and hosted on this site: the address of its
 * manifest.json, relative to the page. Only this site is reachable (the Content-Security-Policy says so).
 */
function RemoteDatasetForm({ onOpen }: { onOpen: (manifestUrl: string) => void }) {
  const [url, setUrl] = useState('national/manifest.json');
  return (
    <details className="remote-dataset">
      <summary>Open a hosted dataset…</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (url.trim()) onOpen(url.trim());
        }}
      >
        <label>
          Manifest on this site{' '}
          <input type="text" value={url} onChange={(e) => setUrl(e.target.value)} data-testid="remote-url" spellCheck={false} />
        </label>
        <button type="submit" data-testid="remote-open">
          Read this area
        </button>
        <p className="muted small">Reads only the months and map areas this view needs, by range requests.</p>
      </form>
    </details>
  );
}
