import pointOnFeature from '@turf/point-on-feature';
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaIndex } from './areaIndex';

/**
 * The ward holding each LSOA, judged at a point inside the LSOA. LSOAs (2011) do not nest exactly in the
 * 2013 wards, but each Thanet LSOA has ≥ 97.5 % of its area in one ward, so ward populations summed from
 * LSOAs are close, and labelled approximate wherever they are shown.
 */
export function lsoaWardIndex(lsoas: FeatureCollection, area: AreaIndex, codeProperty = 'LSOA11CD'): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of lsoas.features as Feature[]) {
    const [lon, lat] = pointOnFeature(f).geometry.coordinates;
    out.set(String(f.properties?.[codeProperty]), area.wardAt(lon, lat));
  }
  return out;
}

/** Residents per ward (by ward index), summed from LSOA populations. */
export function wardPopulations(
  wardCount: number,
  lsoaWard: ReadonlyMap<string, number>,
  lsoaPopulation: ReadonlyMap<string, number>,
): number[] {
  const pops = new Array<number>(wardCount).fill(0);
  for (const [code, pop] of lsoaPopulation) {
    const w = lsoaWard.get(code);
    if (w !== undefined && w >= 0) pops[w] += pop;
  }
  return pops;
}
