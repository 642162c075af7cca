import { cellToLatLng } from 'h3-js';
import type { EmergingCells, HotSpotCells } from '../coordinator/hotSpotRunner';
import type { HexCounts } from '../db/viewQueries';
import type { AreaIndex } from '../geo/areaIndex';
import type { ExportCell } from './cellsExport';
import type { DisclosureRule } from '../analysis/disclosure';

/** The ward holding a cell's centre; a coastal cell whose centre is at sea says so. */
export function wardOfCell(area: AreaIndex): (cell: string) => string {
  return (cell) => {
    const [lat, lon] = cellToLatLng(cell);
    const w = area.wardAt(lon, lat);
    return w >= 0 ? area.wards[w].name : '(centre outside the wards)';
  };
}

/**
 * Exported counts under disclosure control: 1 to threshold − 1 become "<threshold", and the statistics
 * that could give them back (harm, z, p) are left out of those rows; hot-spot classes stay.
 */
export function withDisclosure(rows: ExportCell[], rule: DisclosureRule | null): ExportCell[] {
  if (!rule) return rows;
  return rows.map((r) =>
    typeof r.count === 'number' && r.count > 0 && r.count < rule.threshold
      ? { ...r, count: `<${rule.threshold}`, harm: null, z: undefined, p: undefined, pAdjusted: undefined }
      : r,
  );
}

export function hexExportRows(hex: HexCounts, harm: boolean, ward: (cell: string) => string): ExportCell[] {
  return Array.from(hex.cells, (c, i) => {
    const cell = c.toString(16);
    return { cell, ward: ward(cell), count: hex.counts[i], harm: harm ? hex.values[i] : null };
  });
}

export function hotSpotExportRows(r: HotSpotCells, harm: boolean, ward: (cell: string) => string): ExportCell[] {
  return r.cells.flatMap((cell, i) =>
    r.shown[i]
      ? [
          {
            cell,
            ward: ward(cell),
            count: r.counts[i],
            harm: harm ? r.values[i] : null,
            z: r.z[i],
            p: r.p[i],
            pAdjusted: r.pAdjusted[i],
            bin: r.bin[i],
            mapPoints: r.points[i],
          },
        ]
      : [],
  );
}

export function emergingExportRows(r: EmergingCells, harm: boolean, ward: (cell: string) => string): ExportCell[] {
  return r.cells.flatMap((cell, i) =>
    r.shown[i]
      ? [{ cell, ward: ward(cell), count: harm ? NaN : r.totals[i], harm: harm ? r.totals[i] : null, emergingClass: r.classes[i] }]
      : [],
  );
}
