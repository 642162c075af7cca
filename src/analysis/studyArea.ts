import { gridDisk, polygonToCells } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';

/** Cells and who neighbours whom, as compressed rows: cell i's neighbours are indices[offsets[i]..offsets[i+1]). */
export interface Neighbours {
  offsets: Int32Array;
  indices: Int32Array;
}

/**
 * The cells a statistic runs over (methods note): every H3 cell whose centre lies inside the area, zeros
 * included, plus every cell that holds a record placed inside the area — on a coast the second part keeps
 * the seafront cells whose centres are in the sea. Sorted, so the order is reproducible.
 */
export function studyAreaCells(
  geometries: readonly (Polygon | MultiPolygon)[],
  resolution: number,
  occupied: Iterable<string>,
): string[] {
  const cells = new Set<string>(occupied);
  for (const g of geometries) {
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const rings of polygons) for (const c of polygonToCells(rings, resolution, true)) cells.add(c);
  }
  return [...cells].sort();
}

/**
 * Binary k-ring neighbourhoods within the study area, each cell its own neighbour (the "star" of Gi*).
 * Cells outside the study area are not neighbours: they hold no data.
 */
export function kRingNeighbours(cells: readonly string[], k: number): Neighbours {
  const index = new Map(cells.map((c, i) => [c, i]));
  const offsets = new Int32Array(cells.length + 1);
  const indices: number[] = [];
  cells.forEach((cell, i) => {
    const ring = gridDisk(cell, k)
      .map((c) => index.get(c))
      .filter((j): j is number => j !== undefined)
      .sort((a, b) => a - b);
    indices.push(...ring);
    offsets[i + 1] = indices.length;
  });
  return { offsets, indices: Int32Array.from(indices) };
}
