import { describe, expect, it } from 'vitest';
import { hilbertIndex, hilbertTable64 } from './hilbert';

describe('hilbertIndex', () => {
  it('visits every cell of the grid once, each step to a neighbouring cell', () => {
    const n = 16;
    const at: [number, number][] = [];
    for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) at[hilbertIndex(n, x, y)] = [x, y];
    expect(at.filter(Boolean).length).toBe(n * n);
    for (let d = 1; d < n * n; d++) {
      expect(Math.abs(at[d][0] - at[d - 1][0]) + Math.abs(at[d][1] - at[d - 1][1])).toBe(1);
    }
  });

  it('matches the 2 × 2 curve by hand: (0,0) (0,1) (1,1) (1,0)', () => {
    expect([hilbertIndex(2, 0, 0), hilbertIndex(2, 0, 1), hilbertIndex(2, 1, 1), hilbertIndex(2, 1, 0)]).toEqual([0, 1, 2, 3]);
    expect(new Set(hilbertTable64()).size).toBe(4096);
  });
});
