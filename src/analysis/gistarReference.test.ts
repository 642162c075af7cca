import { describe, expect, it } from 'vitest';
import { gistarFixtures } from '../../test-support/gistarFixtures';
import { benjaminiHochberg } from './fdr';
import { giStar } from './gistar';
import { twoSidedP } from './normal';

// The formulas alone, on the fixtures' own inputs (independent counts, study area and neighbours from
// scripts/reference/gistar-input.ts) against R spdep::localG (include.self, style "B") and p.adjust "BH"
// (scripts/reference/gistar-spdep.R). The app's whole path is checked in coordinator/hotSpotOracle.test.ts.
describe.each(gistarFixtures())('Gi* formulas against R spdep ($name)', (f) => {
  it('z agrees to 1e-9 on every cell', () => {
    const offsets = new Int32Array(f.cells.length + 1);
    const indices: number[] = [];
    f.nb.forEach((others, i) => {
      indices.push(...[i, ...others.map((j) => j - 1)].sort((a, b) => a - b));
      offsets[i + 1] = indices.length;
    });
    const z = giStar(f.x, { offsets, indices: Int32Array.from(indices) });
    expect(Math.max(...f.spdep.z.map((r, i) => Math.abs(z[i] - r)))).toBeLessThan(1e-9);
    expect(Math.max(...z)).toBeGreaterThan(3); // the fixture holds real hot spots, so the check has teeth
  });

  it('two-sided p and Benjamini–Hochberg agree to 1e-12 given spdep z', () => {
    const p = f.spdep.z.map(twoSidedP);
    const adjusted = benjaminiHochberg(p);
    expect(Math.max(...f.spdep.p.map((r, i) => Math.abs(p[i] - r)))).toBeLessThan(1e-12);
    expect(Math.max(...f.spdep.pBh.map((r, i) => Math.abs(adjusted[i] - r)))).toBeLessThan(1e-12);
  });
});
