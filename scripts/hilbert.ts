// Hilbert curve index of a cell in an n × n grid (n a power of two), after Wikipedia's xy2d. Used to order
// rows so that consecutive rows, hence each Parquet row group, cover a compact patch of the map: unlike
// Z-order, the curve never jumps across the grid, so a run of rows is rarely split into distant pieces.
export function hilbertIndex(n: number, x: number, y: number): number {
  let d = 0;
  for (let s = n >> 1; s > 0; s >>= 1) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = n - 1 - x;
        y = n - 1 - y;
      }
      [x, y] = [y, x];
    }
  }
  return d;
}

/** The indices of a 64 × 64 grid as a list, position x × 64 + y, for a SQL lookup. */
export function hilbertTable64(): number[] {
  return Array.from({ length: 64 * 64 }, (_, i) => hilbertIndex(64, Math.floor(i / 64), i % 64));
}
