import type { MonthIndex } from '../domain/months';

/** The windows a playback steps through: each `length` months long, starting at every month of the range. */
export function playbackWindows(from: MonthIndex, to: MonthIndex, length: number): [MonthIndex, MonthIndex][] {
  const windows: [MonthIndex, MonthIndex][] = [];
  const last = Math.max(from, to - length + 1);
  for (let start = from; start <= last; start++) windows.push([start, Math.min(to, start + length - 1)]);
  return windows;
}

/**
 * The largest count any cell reaches in any window of a playback: the top of the colour scale for the whole
 * play, so a cell keeps its colour when its count stays the same (kepler.gl re-scales every frame).
 * Input is a sparse cell × month table: `cell[i]` (any integer id), `month[i]`, `count[i]`.
 */
export function maxWindowCount(
  cell: ArrayLike<number>,
  month: ArrayLike<number>,
  count: ArrayLike<number>,
  windows: readonly [MonthIndex, MonthIndex][],
): number {
  if (windows.length === 0) return 0;
  const first = windows[0][0];
  const span = windows[windows.length - 1][1] - first + 1;
  // Per cell, a dense monthly series over the play's span, then a sliding sum per window.
  const series = new Map<number, Float64Array>();
  for (let i = 0; i < cell.length; i++) {
    const m = month[i] - first;
    if (m < 0 || m >= span) continue;
    let s = series.get(cell[i]);
    if (!s) series.set(cell[i], (s = new Float64Array(span)));
    s[m] += count[i];
  }
  let max = 0;
  for (const s of series.values()) {
    const prefix = new Float64Array(span + 1);
    for (let m = 0; m < span; m++) prefix[m + 1] = prefix[m] + s[m];
    for (const [a, b] of windows) max = Math.max(max, prefix[b - first + 1] - prefix[a - first]);
  }
  return max;
}
