import type { LayerToggles } from '../state/viewState';

const LABELS: Record<keyof LayerToggles, string> = {
  hexagons: 'Hexagons (records)',
  lsoaRates: 'LSOAs (records per 1,000 residents)',
  wardLabels: 'Ward names',
  streetLabels: 'Street names (close zoom)',
};

export function LayerControl({ layers, onChange }: { layers: LayerToggles; onChange: (l: LayerToggles) => void }) {
  return (
    <fieldset className="control layers">
      <legend>Layers</legend>
      <ul className="checklist">
        {(Object.keys(LABELS) as (keyof LayerToggles)[]).map((k) => (
          <li key={k}>
            <label>
              <input
                type="checkbox"
                checked={layers[k]}
                data-testid={`layer-${k}`}
                onChange={(e) => onChange({ ...layers, [k]: e.target.checked })}
              />
              {LABELS[k]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
