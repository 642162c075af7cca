import { RESOLUTIONS, type Resolution } from '../state/viewState';

/** Approximate H3 cell areas, so the choice is made in units people know. */
const AREA_KM2: Record<Resolution, string> = { 7: '5.2 km²', 8: '0.74 km²', 9: '0.11 km²', 10: '0.015 km²' };

export function resolutionLabel(r: Resolution): string {
  return `H3 level ${r} (≈${AREA_KM2[r]} per hexagon)`;
}

export function ResolutionControl({ value, onChange }: { value: Resolution; onChange: (r: Resolution) => void }) {
  return (
    <div className="control resolution">
      <label>
        Hexagon size
        <select value={value} onChange={(e) => onChange(Number(e.target.value) as Resolution)} data-testid="resolution">
          {RESOLUTIONS.map((r) => (
            <option key={r} value={r}>
              {resolutionLabel(r)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
