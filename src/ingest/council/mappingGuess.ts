// What the column-mapping dialog needs before any row is read: light, so the dashboard loads it without the
// reader (and its British National Grid projection, which loads on first use).
import type { ColumnMapping } from '../../domain/columnMapping';
import type { TabularFile } from '../formats/tabular';

/** Header signature: the same export from the same system maps the same way next time. */
export function headerSignature(header: readonly string[]): string {
  return [...header].map((h) => h.trim().toLowerCase()).sort().join('|');
}

/** Distinct values of a column, most frequent first: what the category map must cover. */
export function distinctValues(table: TabularFile, column: string, limit = 200): { value: string; count: number }[] {
  const i = table.header.indexOf(column);
  const counts = new Map<string, number>();
  if (i >= 0) for (const row of table.rows) counts.set((row[i] ?? '').trim(), (counts.get((row[i] ?? '').trim()) ?? 0) + 1);
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

/** A guess at the mapping from header names, for the dialog to start from. */
export function guessMapping(table: TabularFile): Partial<ColumnMapping> {
  const find = (...patterns: RegExp[]) => table.header.find((h) => patterns.some((p) => p.test(h)));
  const easting = find(/^east/i, /^x$/i);
  const northing = find(/^north/i, /^y$/i);
  const lat = find(/^lat/i);
  const lon = find(/^lon/i, /^lng/i);
  return {
    date: find(/date|reported|time|when/i),
    category: find(/categ|type|class/i),
    location: find(/location|address|street|place/i),
    coordinates:
      easting && northing
        ? { kind: 'bng', easting, northing }
        : lat && lon
          ? { kind: 'latlon', lat, lon }
          : undefined,
  };
}
