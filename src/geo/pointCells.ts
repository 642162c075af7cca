import { latLngToCell } from 'h3-js';
import { H3_RESOLUTIONS } from '../domain/h3Resolutions';

/** The H3 cell holding a point at every offered resolution (index: resolutionSlot), as unsigned 64-bit integers. */
export function pointCells(lon: number, lat: number): bigint[] {
  return H3_RESOLUTIONS.map((res) => BigInt(`0x${latLngToCell(lat, lon, res)}`));
}

/** No location: no cell at any resolution (0n, which the database turns into NULL). */
export const NO_CELLS: readonly bigint[] = H3_RESOLUTIONS.map(() => 0n);
