import Papa from 'papaparse';
import { cellToBoundary } from 'h3-js';

/** One hexagon of the current layer, as exported for tasking and the strategic assessment. */
export interface ExportCell {
  cell: string;
  ward: string;
  /** A number, or "<5" under disclosure control. */
  count: number | string;
  harm: number | null;
  z?: number;
  p?: number;
  pAdjusted?: number;
  bin?: number;
  emergingClass?: string;
  /** police.uk map points under the cell; 1 means the "hot spot" may be a single busy place. */
  mapPoints?: number;
}

function properties(c: ExportCell): Record<string, string | number | null> {
  const round = (x: number | undefined, d = 6) => (x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(d)));
  return {
    h3: c.cell,
    ward: c.ward,
    count: c.count,
    harm: c.harm === null ? null : round(c.harm, 3),
    z: round(c.z),
    p: c.p === undefined ? null : c.p,
    p_adjusted: c.pAdjusted === undefined ? null : c.pAdjusted,
    gi_bin: c.bin ?? null,
    emerging_class: c.emergingClass ?? null,
    map_points: c.mapPoints ?? null,
  };
}

/** GeoJSON FeatureCollection of hexagon polygons (WGS84 lon/lat, rings closed, counter-clockwise). */
export function cellsToGeoJson(cells: readonly ExportCell[], meta: Record<string, string>): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    name: 'harmspot_cells',
    metadata: meta,
    features: cells.map((c) => {
      const ring = cellToBoundary(c.cell, true);
      return { type: 'Feature', properties: properties(c), geometry: { type: 'Polygon', coordinates: [ring] } };
    }),
  });
}

/**
 * CSV of the same cells. Any text a spreadsheet would run as a formula (starting = + - @, tab or CR) is
 * escaped with a leading apostrophe: ward names and classes come from data files and are hostile.
 */
export function cellsToCsv(cells: readonly ExportCell[], disclosure?: string): string {
  // The rule applied travels with every row, so a CSV cut into pieces still says how its counts were treated.
  const rows = cells.map((c) => (disclosure ? { ...properties(c), disclosure } : properties(c)));
  return Papa.unparse(rows, { escapeFormulae: true });
}
