import { describe, expect, it } from 'vitest';
import { maxWindowCount, playbackWindows } from './playback';

describe('playback windows', () => {
  it('start at every month and keep the chosen length', () => {
    expect(playbackWindows(10, 14, 3)).toEqual([
      [10, 12],
      [11, 13],
      [12, 14],
    ]);
    expect(playbackWindows(10, 11, 3)).toEqual([[10, 11]]);
    expect(playbackWindows(10, 10, 1)).toEqual([[10, 10]]);
  });
});

describe('fixed colour scale for a playback', () => {
  it('is the largest window sum of any cell, worked by hand', () => {
    // cell 1: months 10,11,12,13 = 1,5,0,4 → 3-month windows: 6, 9 ; cell 2: month 12 = 8 → 8, 8
    const cell = [1, 1, 1, 2];
    const month = [10, 11, 13, 12];
    const count = [1, 5, 4, 8];
    const w = playbackWindows(10, 13, 3);
    expect(maxWindowCount(cell, month, count, w)).toBe(9);
    // 1-month windows: the largest single month, 8
    expect(maxWindowCount(cell, month, count, playbackWindows(10, 13, 1))).toBe(8);
  });

  it('agrees with brute force on random tables', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let trial = 0; trial < 20; trial++) {
      const n = 200;
      const cell = Array.from({ length: n }, () => Math.floor(rand() * 15));
      const month = Array.from({ length: n }, () => 100 + Math.floor(rand() * 24));
      const count = Array.from({ length: n }, () => 1 + Math.floor(rand() * 9));
      const len = 1 + Math.floor(rand() * 6);
      const windows = playbackWindows(102, 120, len);
      let brute = 0;
      for (const [a, b] of windows) {
        const sums = new Map<number, number>();
        for (let i = 0; i < n; i++) if (month[i] >= a && month[i] <= b) sums.set(cell[i], (sums.get(cell[i]) ?? 0) + count[i]);
        for (const v of sums.values()) brute = Math.max(brute, v);
      }
      expect(maxWindowCount(cell, month, count, windows)).toBe(brute);
    }
  });
});
