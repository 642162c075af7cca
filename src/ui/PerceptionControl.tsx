import { PERCEPTION_TEMPLATE } from '../ingest/perception/template';
import type { PerceptionSettings } from '../state/viewState';
import { download } from './download';
import { FilePickButton } from './FilePickButton';

interface Props {
  settings: PerceptionSettings;
  ageBands: string[];
  reasons: string[];
  total: number;
  onChange: (s: PerceptionSettings) => void;
  onFile: (file: File) => void;
  status: string | null;
}

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/** The perception survey: load it, filter it, and choose how the map shows it. */
export function PerceptionControl({ settings, ageBands, reasons, total, onChange, onFile, status }: Props) {
  const set = (change: Partial<PerceptionSettings>) => onChange({ ...settings, ...change });
  return (
    <fieldset className="control perception">
      <legend>Where young people feel unsafe</legend>
      <div className="group-buttons">
        <FilePickButton label="Load survey…" accept=".csv,.geojson,.json" testId="perception-input" onFiles={([f]) => onFile(f)} />
        <button type="button" onClick={() => download('perception-template.csv', PERCEPTION_TEMPLATE, 'text/csv')}>
          Template
        </button>
      </div>
      <p className="small muted">
        INVENTED examples:{' '}
        <a href="examples/perception-example-INVENTED.csv" download>
          survey
        </a>{' '}
        ·{' '}
        <a href="examples/council-asb-example-INVENTED.csv" download>
          council ASB (BNG, times)
        </a>
      </p>
      {status && (
        <p className="small" role="status" data-testid="perception-status">
          {status}
        </p>
      )}
      {total > 0 && (
        <>
          <div className="group-buttons">
            {(
              [
                ['off', 'Off'],
                ['points', 'Points'],
                ['cells', 'Per cell'],
                ['fourway', 'Against harm'],
              ] as const
            ).map(([layer, label]) => (
              <button key={layer} type="button" aria-pressed={settings.layer === layer} onClick={() => set({ layer })} data-testid={`perception-${layer}`}>
                {label}
              </button>
            ))}
          </div>
          <div className="group-buttons chips" role="group" aria-label="Age bands">
            {ageBands.map((a) => (
              <button key={a} type="button" aria-pressed={settings.ageBands.includes(a)} onClick={() => set({ ageBands: toggle(settings.ageBands, a) })}>
                {a}
              </button>
            ))}
          </div>
          <div className="inline-controls">
            <label>
              When
              <select value={settings.dayNight} onChange={(e) => set({ dayNight: e.target.value as PerceptionSettings['dayNight'] })}>
                <option value="all">day and night</option>
                <option value="day">day</option>
                <option value="night">night</option>
              </select>
            </label>
            <label>
              Reason
              <select value={settings.reasons[0] ?? ''} onChange={(e) => set({ reasons: e.target.value ? [e.target.value] : [] })}>
                <option value="">any</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <div className="inline-controls">
            <label>
              Compare per
              <select value={settings.level} onChange={(e) => set({ level: e.target.value as 'ward' | 'cell', perceptionThreshold: null, harmThreshold: null })} data-testid="perception-level">
                <option value="ward">ward</option>
                <option value="cell">cell</option>
              </select>
            </label>
            <label>
              Min. answers
              <input
                type="number"
                min={1}
                max={100}
                value={settings.minAnswers}
                onChange={(e) => set({ minAnswers: Math.max(1, Math.min(100, Number(e.target.value) || 5)) })}
              />
            </label>
          </div>
        </>
      )}
    </fieldset>
  );
}
