// Node-only helper for tests and scripts: the Thanet wards read from disk (the app bundles them instead).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AreaIndex } from './areaIndex';

export function loadThanetFromDisk(): AreaIndex {
  const path = join(import.meta.dirname, '../../data/boundaries/thanet_wards_wd13.geojson');
  return new AreaIndex(JSON.parse(readFileSync(path, 'utf8')));
}
