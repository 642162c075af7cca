// The Gi* study area and its neighbours, built for the reference fixtures without any code of src/: the rule
// written in the methods note and issue 14 — every H3 cell whose centre lies in a ward (turf
// booleanPointInPolygon, edge included), zeros kept, plus every cell holding a record placed in those wards —
// and binary k-ring neighbours from h3-js gridDisk restricted to that area.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import { readWardCollection } from './independentCount';

type WardFeature = Feature<Polygon | MultiPolygon, { WD13NM: string }>;

export function wardFeatures(): WardFeature[] {
  return (readWardCollection() as FeatureCollection<Polygon | MultiPolygon, { WD13NM: string }>).features;
}

function boundsOf(features: readonly WardFeature[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (x: unknown): void => {
    if (typeof (x as number[])[0] === 'number') {
      const [lon, lat] = x as number[];
      [b[0], b[1], b[2], b[3]] = [Math.min(b[0], lon), Math.min(b[1], lat), Math.max(b[2], lon), Math.max(b[3], lat)];
    } else (x as unknown[]).forEach(visit);
  };
  features.forEach((f) => visit(f.geometry.coordinates));
  return b;
}

/**
 * Cells whose centre lies in one of `features`. Candidates are found by walking the grid outwards (gridDisk
 * 1) from a cell inside, over every cell whose centre is within the wards' bounding box plus a margin wider
 * than a cell, so no cell centred in a ward is missed; each candidate's centre is then tested with turf.
 */
export function centreCells(features: readonly WardFeature[], res: number): Set<string> {
  const [x0, y0, x1, y1] = boundsOf(features);
  const margin = 0.02; // degrees: ≥ 1.3 km, more than a resolution-7 cell's edge
  const near = (c: string) => {
    const [lat, lon] = cellToLatLng(c);
    return lon >= x0 - margin && lon <= x1 + margin && lat >= y0 - margin && lat <= y1 + margin;
  };
  const start = latLngToCell((y0 + y1) / 2, (x0 + x1) / 2, res);
  const seen = new Set([start]);
  const queue = [start];
  const inside = new Set<string>();
  while (queue.length) {
    const c = queue.pop()!;
    const [lat, lon] = cellToLatLng(c);
    if (features.some((f) => booleanPointInPolygon([lon, lat], f))) inside.add(c);
    for (const n of gridDisk(c, 1)) {
      if (!seen.has(n) && near(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return inside;
}

/** The study area, sorted: centre cells of the wards plus the cells holding their records. */
export function studyArea(features: readonly WardFeature[], res: number, occupied: Iterable<string>): string[] {
  return [...new Set([...centreCells(features, res), ...occupied])].sort();
}

/** For each cell, the 1-based positions of its other cells within gridDisk(cell, k), as spdep's nb lists want. */
export function kRingNb(cells: readonly string[], k: number): number[][] {
  const position = new Map(cells.map((c, i) => [c, i + 1]));
  return cells.map((c) =>
    gridDisk(c, k)
      .filter((n) => n !== c && position.has(n))
      .map((n) => position.get(n)!)
      .sort((a, b) => a - b),
  );
}
