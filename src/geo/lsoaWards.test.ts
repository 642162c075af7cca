import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWardShapes, wardNameAt } from '../../test-support/independentCount';
import { readLsoaPopulation } from './populationCsv';
import { loadThanetFromDisk } from './areaFromDisk';
import { lsoaWardIndex, wardPopulations } from './lsoaWards';

const dataDir = join(import.meta.dirname, '../../data');
const lsoas = JSON.parse(readFileSync(join(dataDir, 'boundaries/thanet_lsoa11.geojson'), 'utf8'));
const population = readLsoaPopulation(readFileSync(join(dataDir, 'context/thanet_lsoa11_population_mid2019.csv'), 'utf8'), 'pop.csv');
const area = loadThanetFromDisk();

/** Independent: the ward holding most of a 40 × 40 grid of points sampled inside the LSOA. */
function majorityWard(feature: { geometry: { type: string; coordinates: unknown } }): string | undefined {
  const rings = (feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates) as [number, number][][][];
  const xs = rings.flat(2).map((p) => p[0]);
  const ys = rings.flat(2).map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const shape = [{ code: 'L', name: 'L', polygons: rings }];
  const wards = loadWardShapes();
  const votes = new Map<string, number>();
  for (let i = 0; i < 40; i++) {
    for (let j = 0; j < 40; j++) {
      const x = x0 + ((i + 0.5) * (x1 - x0)) / 40;
      const y = y0 + ((j + 0.5) * (y1 - y0)) / 40;
      if (!wardNameAt(x, y, shape)) continue;
      const w = wardNameAt(x, y, wards);
      if (w) votes.set(w, (votes.get(w) ?? 0) + 1);
    }
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('ward populations from LSOAs', () => {
  it('reads 84 LSOA populations summing to 141,922, thousands separators and BOM included', () => {
    expect(population.size).toBe(84);
    expect([...population.values()].reduce((a, b) => a + b, 0)).toBe(141_922);
    expect(population.get('E01024657')).toBe(2945);
  });

  it('puts each LSOA in the ward that holds most of its area', () => {
    const mine = lsoaWardIndex(lsoas, area);
    expect(mine.size).toBe(84);
    for (const f of lsoas.features) {
      const code = f.properties.LSOA11CD;
      expect(area.wards[mine.get(code)!]?.name, code).toBe(majorityWard(f));
    }
  });

  it('sums every resident into some ward', () => {
    const pops = wardPopulations(23, lsoaWardIndex(lsoas, area), population);
    expect(pops.reduce((a, b) => a + b, 0)).toBe(141_922);
    expect(pops.every((p) => p > 0)).toBe(true);
  });
});
