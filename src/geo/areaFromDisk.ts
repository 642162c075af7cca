// Node-only helper for tests and scripts: the Thanet wards and LSOAs read from disk (the app bundles them instead).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AreaIndex } from './areaIndex';

const boundary = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data/boundaries', file), 'utf8'));

export function loadThanetFromDisk(): AreaIndex {
  return new AreaIndex(boundary('thanet_wards_wd13.geojson'), boundary('thanet_lsoa11.geojson'));
}
