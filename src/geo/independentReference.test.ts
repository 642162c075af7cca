// The independent helpers of test-support that the perception browser test relies on, checked against the app's
// own code here (test-support itself must not import src/): if they disagreed, that test would compare the app
// with a reference that is itself off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bngToLonLat, independentWardPopulations, splitCsvLine } from '../../test-support/independentCount';
import { bngToWgs84 } from '../ingest/formats/bng';
import { readLsoaPopulation } from './populationCsv';
import { loadThanetFromDisk } from './areaFromDisk';
import { lsoaWardIndex, wardPopulations } from './lsoaWards';

const root = join(import.meta.dirname, '../..');

describe('independent references for the perception comparison', () => {
  it('converts British National Grid like proj4 with the same Helmert shift, to well under a metre', () => {
    const lines = readFileSync(join(root, 'public/examples/perception-example-INVENTED.csv'), 'utf8').trim().split('\n').slice(1);
    const bng = lines.map(splitCsvLine).filter((f) => f[0] === '' && f[2] !== '');
    expect(bng.length).toBe(76);
    for (const f of bng) {
      const [e, n] = [Number(f[2]), Number(f[3])];
      const [lon, lat] = bngToLonLat(e, n);
      const [lon2, lat2] = bngToWgs84(e, n);
      // 1e-5° is about 1.1 m of latitude and 0.7 m of longitude here.
      expect(Math.abs(lat - lat2), `${e},${n}`).toBeLessThan(1e-5);
      expect(Math.abs(lon - lon2), `${e},${n}`).toBeLessThan(1e-5);
    }
  });

  it('gives the same ward populations as the app by a different method (area majority, not a point inside)', () => {
    const area = loadThanetFromDisk();
    const lsoas = JSON.parse(readFileSync(join(root, 'data/boundaries/thanet_lsoa11.geojson'), 'utf8'));
    const population = readLsoaPopulation(readFileSync(join(root, 'data/context/thanet_lsoa11_population_mid2019.csv'), 'utf8'), 'pop.csv');
    const app = wardPopulations(area.wards.length, lsoaWardIndex(lsoas, area), population);
    const mine = independentWardPopulations();
    expect(Object.fromEntries(area.wards.map((w) => [w.name, app[w.index]]))).toEqual(Object.fromEntries(mine));
    expect([...mine.values()].reduce((a, b) => a + b, 0)).toBe(141_922);
  });
});
