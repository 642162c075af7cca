// Writes the inputs of the Gi* reference fixtures from the raw police.uk CSVs and the ward GeoJSON alone —
// nothing from src/ (a fixture made by the app's own code would only check the app against itself):
//   counts    test-support/independentCount.ts: its own CSV reader and point-in-polygon, h3-js latLngToCell
//             of each record's point at the resolution;
//   area      test-support/independentStudyArea.ts: cells whose centre lies in a ward (turf), plus the cells
//             holding the view's records;
//   neighbours h3-js gridDisk(cell, k) within the area, 1-based and without the cell itself (spdep's nb).
// Each fixture is one view: months 2018-10..2019-09, all categories, over the whole area or computed within a
// selection of wards (only the selection's records count, and its study area is its own wards' cells plus the
// cells holding those records). gistar-spdep.R then writes spdep's z, p and BH-adjusted p for each input.
// Regenerate (from the project root; R needs Debian's r-cran-spdep, CI needs neither):
//   npx tsx scripts/reference/gistar-input.ts && Rscript scripts/reference/gistar-spdep.R
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { independentCellCounts, independentRecords, monthsBetween } from '../../test-support/independentCount';
import { kRingNb, studyArea, wardFeatures } from '../../test-support/independentStudyArea';

const GISTAR_MONTHS = ['2018-10', '2019-09'] as const;
const SELECTION = ['Margate Central', 'Cliftonville West', 'Cliftonville East'];
const SCOPES = [
  { scope: 'area', wards: null },
  { scope: 'selection', wards: SELECTION },
] as const;
const GRIDS = [
  [8, 1],
  [9, 1],
  [9, 2],
] as const;

const out = join(import.meta.dirname, '../../src/analysis/fixtures');
mkdirSync(out, { recursive: true });
const records = independentRecords();
const features = wardFeatures();
const months = monthsBetween(...GISTAR_MONTHS);
const manifest = [];

for (const { scope, wards } of SCOPES) {
  const chosen = wards ? features.filter((f) => wards.includes(f.properties.WD13NM)) : features;
  if (wards && chosen.length !== wards.length) throw new Error(`not every selected ward is in the GeoJSON: ${wards.join(', ')}`);
  for (const [res, k] of GRIDS) {
    const counts = independentCellCounts(records, res, { months, wards: wards ?? undefined });
    const cells = studyArea(chosen, res, counts.keys());
    const nb = kRingNb(cells, k);
    const name = `${scope}-r${res}-k${k}`;
    const lines = ['cell,x,nb', ...cells.map((c, i) => `${c},${counts.get(c) ?? 0},${nb[i].join(';')}`)];
    writeFileSync(join(out, `gistar-input-${name}.csv`), lines.join('\n') + '\n');
    manifest.push({ name, res, k, months: GISTAR_MONTHS, wards, cells: cells.length, occupied: counts.size });
    console.log(`gistar-input-${name}.csv: ${cells.length} cells, ${counts.size} holding records`);
  }
}
writeFileSync(join(out, 'gistar-fixtures.json'), `[\n${manifest.map((m) => JSON.stringify(m)).join(',\n')}\n]\n`);
