import type { AnalysisSettings } from '../state/viewState';

interface Props {
  settings: AnalysisSettings;
  wardsSelected: boolean;
  onChange: (settings: AnalysisSettings) => void;
}

/** Which hot-spot statistic the map shows, and how it is computed. */
export function AnalysisControl({ settings, wardsSelected, onChange }: Props) {
  const set = (change: Partial<AnalysisSettings>) => onChange({ ...settings, ...change });
  return (
    <fieldset className="control analysis">
      <legend>Hot spots</legend>
      <div className="group-buttons">
        {(
          [
            ['none', 'Off'],
            ['gistar', 'Gi* hot spots'],
            ['emerging', 'Emerging'],
          ] as const
        ).map(([layer, label]) => (
          <button key={layer} type="button" aria-pressed={settings.layer === layer} onClick={() => set({ layer })} data-testid={`analysis-${layer}`}>
            {label}
          </button>
        ))}
      </div>
      {settings.layer !== 'none' && (
        <ul className="checklist">
          <li>
            <label>
              Neighbourhood
              <select value={settings.k} onChange={(e) => set({ k: Number(e.target.value) })} data-testid="analysis-k">
                {[1, 2, 3].map((k) => (
                  <option key={k} value={k}>
                    {k} ring{k > 1 ? 's' : ''} ({1 + 3 * k * (k + 1)} cells)
                  </option>
                ))}
              </select>
            </label>
          </li>
          <li>
            <label>
              <input type="checkbox" checked={settings.fdr} onChange={(e) => set({ fdr: e.target.checked })} data-testid="analysis-fdr" />
              False discovery rate correction
            </label>
          </li>
          {wardsSelected && (
            <li>
              <label>
                <input type="checkbox" checked={settings.withinSelection} onChange={(e) => set({ withinSelection: e.target.checked })} />
                Compute within the selected wards only
              </label>
            </li>
          )}
          {settings.layer === 'emerging' && (
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={settings.includeIncomplete}
                  onChange={(e) => set({ includeIncomplete: e.target.checked })}
                />
                Include possibly incomplete months
              </label>
            </li>
          )}
        </ul>
      )}
    </fieldset>
  );
}
