import type { ContextLayerData } from '../ingest/context/contextGeoJson';
import { FilePickButton } from './FilePickButton';

export interface LoadedContext extends ContextLayerData {
  id: number;
  visible: boolean;
}

interface Props {
  layers: LoadedContext[];
  metres: number;
  status: string | null;
  onFile: (file: File) => void;
  onToggle: (id: number) => void;
  onMetres: (m: number) => void;
}

/** Context layers from any GeoJSON: CCTV, licensed premises, schools, youth venues, safe spaces. */
export function ContextControl({ layers, metres, status, onFile, onToggle, onMetres }: Props) {
  return (
    <fieldset className="control context">
      <legend>Context layers</legend>
      <FilePickButton label="Load GeoJSON…" accept=".geojson,.json" testId="context-input" onFiles={([f]) => onFile(f)} />
      {status && (
        <p className="small" role="status">
          {status}
        </p>
      )}
      {layers.length > 0 && (
        <>
          <ul className="checklist">
            {layers.map((l) => (
              <li key={l.id}>
                <label>
                  <input type="checkbox" checked={l.visible} onChange={() => onToggle(l.id)} />
                  {l.name} ({l.labels.length})
                </label>
              </li>
            ))}
          </ul>
          <label className="small">
            Count records within
            <select value={metres} onChange={(e) => onMetres(Number(e.target.value))} data-testid="context-metres">
              {[100, 200, 400, 800].map((m) => (
                <option key={m} value={m}>
                  {m} m
                </option>
              ))}
            </select>
          </label>
          <p className="muted small">police.uk points are snapped to nearby map points, so distances under about 100 m mean little.</p>
        </>
      )}
    </fieldset>
  );
}
