/**
 * The H3 resolutions offered (7 ≈ 5 km², 10 ≈ 0.015 km²). Every record's point is given its cell at each of
 * them by `latLngToCell`: H3 cells do not nest exactly inside their parents, so a coarse cell derived as the
 * parent of a fine one is often not the cell that holds the point (8.7 % of Thanet's records at res 9).
 */
export const H3_RESOLUTIONS = [7, 8, 9, 10] as const;
export type Resolution = (typeof H3_RESOLUTIONS)[number];

export const isResolution = (n: number): n is Resolution => (H3_RESOLUTIONS as readonly number[]).includes(n);

/** Position of a resolution in H3_RESOLUTIONS, i.e. in every per-resolution array. */
export function resolutionSlot(res: number): number {
  if (!isResolution(res)) throw new Error(`H3 resolution ${res} is not offered`);
  return res - H3_RESOLUTIONS[0];
}

/** The column holding a record's cell at `res` (h3_7 … h3_10); made here from the fixed list, never from input. */
export function h3ColumnName(res: number): string {
  if (!isResolution(res)) throw new Error(`H3 resolution ${res} is not offered`);
  return `h3_${res}`;
}
