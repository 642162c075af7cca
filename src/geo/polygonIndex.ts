import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface NamedArea {
  /** Position in the code-sorted list; what the database stores (`ward_idx`, `lsoa_idx`). */
  index: number;
  code: string;
  name: string;
}

interface Indexed extends NamedArea {
  feature: Feature<Polygon | MultiPolygon>;
  box: [number, number, number, number];
}

/**
 * Polygons sorted by code that answer "which one holds this point?", with a bounding-box test before the
 * exact point-in-polygon test (turf: a point on an edge counts as inside).
 */
export class PolygonIndex {
  readonly areas: readonly NamedArea[];
  readonly bounds: [number, number, number, number];
  private readonly indexed: Indexed[];

  constructor(collection: FeatureCollection, codeProperty: string, nameProperty: string) {
    const features = collection.features.filter(
      (f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
    );
    features.sort((a, b) => String(a.properties?.[codeProperty]).localeCompare(String(b.properties?.[codeProperty])));
    this.indexed = features.map((feature, index) => ({
      index,
      code: String(feature.properties?.[codeProperty] ?? ''),
      name: String(feature.properties?.[nameProperty] ?? ''),
      feature,
      box: bbox(feature) as [number, number, number, number],
    }));
    this.areas = this.indexed.map(({ index, code, name }) => ({ index, code, name }));
    this.bounds = this.indexed.reduce<[number, number, number, number]>(
      (b, w) => [Math.min(b[0], w.box[0]), Math.min(b[1], w.box[1]), Math.max(b[2], w.box[2]), Math.max(b[3], w.box[3])],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
  }

  /** Index of the polygon holding the point, or -1 when none does. */
  at(lon: number, lat: number): number {
    const [minX, minY, maxX, maxY] = this.bounds;
    if (lon < minX || lon > maxX || lat < minY || lat > maxY) return -1;
    for (const w of this.indexed) {
      const [x0, y0, x1, y1] = w.box;
      if (lon < x0 || lon > x1 || lat < y0 || lat > y1) continue;
      if (booleanPointInPolygon([lon, lat], w.feature)) return w.index;
    }
    return -1;
  }

  featureOf(index: number): Feature<Polygon | MultiPolygon> {
    return this.indexed[index].feature;
  }
}
