import type { Ward } from '../geo/areaIndex';

interface Props {
  wards: readonly Ward[];
  selected: readonly string[];
  areaName: string;
  vintage: string;
  onChange: (codes: string[]) => void;
}

/** One or more wards; none chosen means the whole area. */
export function WardControl({ wards, selected, areaName, vintage, onChange }: Props) {
  const byName = [...wards].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = new Set(selected);
  return (
    <fieldset className="control wards">
      <legend>
        Wards <span className="muted">({vintage})</span>
      </legend>
      <button type="button" aria-pressed={selected.length === 0} onClick={() => onChange([])} data-testid="ward-all">
        All of {areaName}
      </button>
      <ul className="checklist ward-list">
        {byName.map((w) => (
          <li key={w.code}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(w.code)}
                onChange={(e) =>
                  onChange(e.target.checked ? [...selected, w.code] : selected.filter((c) => c !== w.code))
                }
              />
              {w.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
