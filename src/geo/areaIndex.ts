import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { PolygonIndex, type NamedArea } from './polygonIndex';

/** A ward: its position in the code-sorted ward list is stored as `ward_idx` in `incidents`. */
export type Ward = NamedArea;
/** An LSOA: its position in the code-sorted LSOA list is stored as `lsoa_idx`. */
export type Lsoa = NamedArea;

/**
 * The area the app covers, as its wards (and, where given, its LSOAs). Ward and LSOA are both judged by
 * point-in-polygon on a record's point — one placement rule for every source; a file's own LSOA code is
 * kept but never used for counting.
 */
export class AreaIndex {
  readonly wards: readonly Ward[];
  readonly lsoas: readonly Lsoa[];
  readonly bounds: [number, number, number, number];
  private readonly wardIndex: PolygonIndex;
  private readonly lsoaIndex: PolygonIndex | null;

  constructor(collection: FeatureCollection, lsoaCollection?: FeatureCollection, codeProperty = 'WD13CD', nameProperty = 'WD13NM') {
    this.wardIndex = new PolygonIndex(collection, codeProperty, nameProperty);
    this.lsoaIndex = lsoaCollection ? new PolygonIndex(lsoaCollection, 'LSOA11CD', 'LSOA11NM') : null;
    this.wards = this.wardIndex.areas;
    this.lsoas = this.lsoaIndex?.areas ?? [];
    this.bounds = this.wardIndex.bounds;
  }

  /** Index of the ward containing the point, or -1 when it lies outside every ward. */
  wardAt(lon: number, lat: number): number {
    return this.wardIndex.at(lon, lat);
  }

  /** Index of the LSOA containing the point, or -1 (outside every LSOA, or no LSOAs given). */
  lsoaAt(lon: number, lat: number): number {
    return this.lsoaIndex ? this.lsoaIndex.at(lon, lat) : -1;
  }

  wardByCode(code: string): Ward | undefined {
    return this.wards.find((w) => w.code === code);
  }

  featureOf(index: number): Feature<Polygon | MultiPolygon> {
    return this.wardIndex.featureOf(index);
  }
}
