// Rows decoded from a month file → police.uk text rows for the validator, keeping only records inside the
// box. A row group overlapping the box also holds records beyond it and, sometimes, records without
// coordinates; neither belongs to the area, so both are counted here and left out.
import type { BBox } from './manifest';

export interface RowsInBox {
  rows: string[][];
  outsideBox: number;
  unlocated: number;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** `decoded` rows are in `columns` order; `lonAt`/`latAt` are the coordinate columns' positions. */
export function rowsInBox(decoded: unknown[][], lonAt: number, latAt: number, bbox: BBox, into: RowsInBox): void {
  const [x0, y0, x1, y1] = bbox;
  for (const row of decoded) {
    const lon = row[lonAt];
    const lat = row[latAt];
    if (typeof lon !== 'number' || typeof lat !== 'number') {
      into.unlocated++;
      continue;
    }
    if (lon < x0 || lon > x1 || lat < y0 || lat > y1) {
      into.outsideBox++;
      continue;
    }
    into.rows.push(row.map(text));
  }
}
