import { describe, expect, it } from 'vitest';
import { loadThanetFromDisk } from './areaFromDisk';

const area = loadThanetFromDisk();
const wardName = (lon: number, lat: number) => {
  const i = area.wardAt(lon, lat);
  return i < 0 ? undefined : area.wards[i].name;
};

describe('ward assignment', () => {
  it('has the 23 Thanet 2013 wards, sorted by code', () => {
    expect(area.wards).toHaveLength(23);
    expect(area.wards[0].code).toBe('E05005081');
    expect(area.wards.map((w) => w.code)).toEqual([...area.wards.map((w) => w.code)].sort());
  });

  it('places known police.uk map points in their wards', () => {
    expect(wardName(1.381603, 51.387723)).toBe('Margate Central'); // Queen Street
    expect(wardName(1.407364, 51.386148)).toBe('Cliftonville East'); // Northdown Road
    expect(wardName(1.413317, 51.390805)).toBe('Cliftonville East'); // Palm Bay Avenue
  });

  it('puts points at sea, elsewhere in Kent and at 0,0 outside the area', () => {
    expect(wardName(1.38, 51.42)).toBeUndefined(); // North Sea off Margate
    expect(wardName(1.08, 51.28)).toBeUndefined(); // Canterbury
    expect(wardName(0, 0)).toBeUndefined();
    expect(wardName(51.387723, 1.381603)).toBeUndefined(); // lat/lon swapped
  });
});
