import type { AreaIndex } from '../../geo/areaIndex';
import { pointCells } from '../../geo/pointCells';

/** Outside points remembered at once (a few MB). */
export const OUTSIDE_KEPT = 50_000;

export interface PointInfo {
  /** Ward index, -1 outside the area. */
  ward: number;
  /** LSOA index by point-in-polygon, -1 in no LSOA of the area. */
  lsoa: number;
  /** H3 cell at each offered resolution (index: resolutionSlot), each by latLngToCell; empty outside the area. */
  cells: readonly bigint[];
  /** Distinct-point number within this enricher. */
  point: number;
  lon: number;
  lat: number;
}

/**
 * Ward, LSOA and H3 cells for each *distinct* coordinate, computed once: police.uk snaps every record to one
 * of a fixed set of map points (≈1,700 in Thanet), so point-in-polygon per record would repeat work thousands
 * of times.
 */
export class PointEnricher {
  private readonly cache = new Map<string, PointInfo>();
  /**
   * Points outside the area, kept apart and forgotten in batches: a national file has hundreds of
   * thousands of them, and remembering each for ever would make memory grow with the file.
   */
  private readonly outside = new Map<string, PointInfo>();
  private points = 0;

  constructor(private readonly area: AreaIndex) {}

  get distinctPoints(): number {
    return this.cache.size;
  }

  /** The point for coordinate text already seen, so a reader can skip parsing and checking it again. */
  cached(key: string): PointInfo | undefined {
    return this.cache.get(key) ?? this.outside.get(key);
  }

  /** `key` is the coordinate text as read, so "1.5" and "1.50" are different points: harmless, only slower. */
  lookup(key: string, lon: number, lat: number): PointInfo {
    let info = this.cached(key);
    if (!info) {
      const ward = this.area.wardAt(lon, lat);
      if (ward < 0) {
        info = { ward, lsoa: -1, cells: [], point: -1, lon, lat };
        if (this.outside.size >= OUTSIDE_KEPT) this.outside.clear();
        this.outside.set(key, info);
      } else {
        info = { ward, lsoa: this.area.lsoaAt(lon, lat), cells: pointCells(lon, lat), point: this.points++, lon, lat };
        this.cache.set(key, info);
      }
    }
    return info;
  }
}
