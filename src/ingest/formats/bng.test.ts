import { describe, expect, it } from 'vitest';
import { bngToWgs84, isPlausibleBng, osgb36LatLonToBng, wgs84ToBng } from './bng';

const dms = (degrees: number, minutes: number, seconds: number) => degrees + minutes / 60 + seconds / 3600;

/** Great-circle distance in metres on a sphere of the WGS84 mean radius: ample for metres apart. */
function haversineMetres([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

describe('British National Grid', () => {
  it("projects the Ordnance Survey's worked example (Caister water tower) to the millimetre", () => {
    // "A guide to coordinate systems in Great Britain", worked example of the TM projection on OSGB36:
    // φ = 52°39′27.2531″N, λ = 1°43′4.5177″E → E 651409.903, N 313177.270
    const [e, n] = osgb36LatLonToBng(dms(1, 43, 4.5177), dms(52, 39, 27.2531));
    expect(Math.abs(e - 651409.903)).toBeLessThan(0.001);
    expect(Math.abs(n - 313177.27)).toBeLessThan(0.001);
  });

  it('agrees within 5 m with an independent OSGB36 → WGS84 Helmert (Veness, Movable Type)', () => {
    // new OsGridRef(651409.903, 313177.270).toLatLon() → 52°39′28.723″N, 001°42′57.787″E
    const published: [number, number] = [dms(1, 42, 57.787), dms(52, 39, 28.723)];
    expect(haversineMetres(bngToWgs84(651409.903, 313177.27), published)).toBeLessThan(5);
    // and the datum shift is really applied: the OSGB36 position of the same point is ~120 m away
    expect(haversineMetres([dms(1, 43, 4.5177), dms(52, 39, 27.2531)], published)).toBeGreaterThan(100);
  });

  it('round-trips to the millimetre', () => {
    for (const [e, n] of [
      [651409.903, 313177.27],
      [635_312.4, 170_845.9],
      [200_000, 900_000],
    ]) {
      const [lon, lat] = bngToWgs84(e, n);
      const [e2, n2] = wgs84ToBng(lon, lat);
      expect(Math.abs(e2 - e)).toBeLessThan(0.001);
      expect(Math.abs(n2 - n)).toBeLessThan(0.001);
    }
  });

  it("puts Margate's Queen Street in the right square kilometres (a sanity range, not a reference)", () => {
    const [e, n] = wgs84ToBng(1.381603, 51.387723);
    expect(e).toBeGreaterThan(634_000);
    expect(e).toBeLessThan(637_000);
    expect(n).toBeGreaterThan(170_000);
    expect(n).toBeLessThan(172_000);
  });

  it('tells grid metres from degrees and from nonsense', () => {
    expect(isPlausibleBng(635_312, 170_845)).toBe(true);
    expect(isPlausibleBng(0, 0)).toBe(true);
    expect(isPlausibleBng(700_000, 1_300_000)).toBe(true);
    expect(isPlausibleBng(700_001, 170_845)).toBe(false);
    expect(isPlausibleBng(635_312, 1_300_001)).toBe(false);
    expect(isPlausibleBng(-1.38, 51.39)).toBe(false);
    expect(isPlausibleBng(Number.NaN, 170_845)).toBe(false);
  });
});
