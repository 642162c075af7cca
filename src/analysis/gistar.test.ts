import { latLngToCell, gridDisk } from 'h3-js';
import { describe, expect, it } from 'vitest';
import { giBins, giStar } from './gistar';
import { kRingNeighbours } from './studyArea';
import { spaceTimeGiStar } from './spaceTimeGiStar';

/** A 7-cell grid: one cell and its first ring. */
const centre = latLngToCell(51.3895, 1.3816, 9);
const cells = gridDisk(centre, 1).sort();
const nb = kRingNeighbours(cells, 1);
const c = cells.indexOf(centre);

describe('Gi* on a tiny grid, worked by hand', () => {
  it('builds the k-ring neighbourhood inside the study area, self included', () => {
    // The centre sees all 7; a ring cell sees itself, the centre and its two ring neighbours = 4.
    const sizes = cells.map((_, i) => nb.offsets[i + 1] - nb.offsets[i]);
    expect(sizes[c]).toBe(7);
    expect(sizes.filter((_, i) => i !== c)).toEqual([4, 4, 4, 4, 4, 4]);
  });

  it('gives the centre holding 7 records among zeros z = 1', () => {
    // x = 7 at the centre, 0 elsewhere; n = 7. X̄ = 1, S = sqrt(49/7 − 1) = sqrt(6).
    // Centre: W = 7, Σwx = 7 → numerator 7 − 7 = 0 → z = 0 (its neighbourhood is the whole grid).
    // Ring cell: W = 4, Σwx = 7 → numerator 7 − 4 = 3; denominator sqrt(6)·sqrt((7·4 − 16)/6) = sqrt(6)·sqrt(2) = sqrt(12).
    const x = cells.map((_, i) => (i === c ? 7 : 0));
    const z = giStar(x, nb);
    expect(z[c]).toBeCloseTo(0, 12);
    for (let i = 0; i < 7; i++) if (i !== c) expect(z[i]).toBeCloseTo(3 / Math.sqrt(12), 12);
  });

  it('is 0 everywhere when every cell holds the same value', () => {
    expect([...giStar([2, 2, 2, 2, 2, 2, 2], nb)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('bins by confidence with the sign of z', () => {
    expect([...giBins([3, 2, 1.8, 1, -3, -2, 0.5], [0.005, 0.02, 0.07, 0.2, 0.001, 0.04, 0.009])]).toEqual([3, 2, 1, 0, -3, -2, 3]);
  });
});

describe('space–time Gi*', () => {
  it('with one step equals the spatial Gi*', () => {
    const x = [5, 0, 1, 3, 0, 2, 9];
    expect([...spaceTimeGiStar(x, 7, 1, nb)]).toEqual([...giStar(x, nb)]);
  });

  it('adds the previous step to each bin, worked by hand on two cells', () => {
    // Two isolated cells (each its own only neighbour), two steps: values t0 = [1, 0], t1 = [3, 0].
    // N = 4, X̄ = 1, S = sqrt((1 + 9)/4 − 1) = sqrt(1.5).
    // Bin (cell 0, t1): neighbours (0,t0),(0,t1) → Σ = 4, W = 2 → (4 − 2) / (sqrt(1.5)·sqrt((8 − 4)/3)) = 2 / sqrt(2).
    const isolated = { offsets: Int32Array.from([0, 1, 2]), indices: Int32Array.from([0, 1]) };
    const z = spaceTimeGiStar([1, 0, 3, 0], 2, 2, isolated);
    expect(z[2]).toBeCloseTo(2 / Math.sqrt(2), 12);
    // Bin (cell 0, t0): only itself → Σ = 1, W = 1 → 0.
    expect(z[0]).toBeCloseTo(0, 12);
  });
});
