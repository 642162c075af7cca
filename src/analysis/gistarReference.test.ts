import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { giStar } from './gistar';

// Fixtures: scripts/reference/export-gistar-input.ts (real Thanet counts over the study area, k-ring
// neighbours) and scripts/reference/gistar-spdep.R (R spdep::localG, include.self, style "B").
const dir = join(import.meta.dirname, 'fixtures');
const rows = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

describe.each(['r8-k1', 'r9-k1', 'r9-k2'])('Gi* against R spdep::localG (%s)', (name) => {
  it('agrees to 1e-9 on every cell', () => {
    const input = rows(`gistar-input-${name}.csv`);
    const reference = rows(`gistar-spdep-${name}.csv`);
    expect(reference.map((r) => r[0])).toEqual(input.map((r) => r[0]));
    const x = input.map((r) => Number(r[1]));
    const offsets = new Int32Array(input.length + 1);
    const indices: number[] = [];
    input.forEach((r, i) => {
      const others = r[2] ? r[2].split(';').map((j) => Number(j) - 1) : [];
      indices.push(...[i, ...others].sort((a, b) => a - b));
      offsets[i + 1] = indices.length;
    });
    const z = giStar(x, { offsets, indices: Int32Array.from(indices) });
    let worst = 0;
    reference.forEach((r, i) => (worst = Math.max(worst, Math.abs(z[i] - Number(r[1])))));
    expect(worst).toBeLessThan(1e-9);
    expect(Math.max(...z)).toBeGreaterThan(3); // the fixture holds real hot spots, so the check has teeth
  });
});
