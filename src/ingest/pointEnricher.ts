import { latLngToCell } from 'h3-js';
import type { AreaIndex } from '../geo/areaIndex';

/** Finest H3 resolution stored per record; coarser cells are derived from it in SQL. */
export const FINE_H3_RESOLUTION = 12;

export interface PointInfo {
  /** Ward index, -1 outside the area. */
  ward: number;
  /** Fine H3 cell as an unsigned 64-bit integer (0n outside the area). */
  cell: bigint;
  /** Distinct-point number within this enricher. */
  point: number;
  lon: number;
  lat: number;
}

/**
 * Ward and H3 cell for each *distinct* coordinate, computed once: police.uk snaps every record to one of
 * a fixed set of map points (≈1,700 in Thanet), so point-in-polygon per record would repeat work thousands of times.
 */
export class PointEnricher {
  private readonly cache = new Map<string, PointInfo>();

  constructor(private readonly area: AreaIndex) {}

  get distinctPoints(): number {
    return this.cache.size;
  }

  /** The point for coordinate text already seen, so a reader can skip parsing and checking it again. */
  cached(key: string): PointInfo | undefined {
    return this.cache.get(key);
  }

  /** `key` is the coordinate text as read, so "1.5" and "1.50" are different points: harmless, only slower. */
  lookup(key: string, lon: number, lat: number): PointInfo {
    let info = this.cache.get(key);
    if (!info) {
      const ward = this.area.wardAt(lon, lat);
      const cell = ward < 0 ? 0n : BigInt(`0x${latLngToCell(lat, lon, FINE_H3_RESOLUTION)}`);
      info = { ward, cell, point: this.cache.size, lon, lat };
      this.cache.set(key, info);
    }
    return info;
  }
}
