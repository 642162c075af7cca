// Writes the inputs of the Gi* reference fixtures: the real Thanet records counted per H3 cell over the
// study area (zeros included), with each cell's k-ring neighbours (1-based, without the cell itself, as
// spdep's nb lists want them). gistar-spdep.R then computes spdep::localG on the same input.
//   npx tsx scripts/reference/export-gistar-input.ts && Rscript scripts/reference/gistar-spdep.R
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kRingNeighbours, studyAreaCells } from '../../src/analysis/studyArea';
import { COUNT_WEIGHTS } from '../../src/domain/harmSchemes';
import { loadedThanet } from '../../src/db/loadedThanet';
import { hexCounts } from '../../src/db/viewQueries';
import { loadThanetFromDisk } from '../../src/geo/areaFromDisk';

const out = join(import.meta.dirname, '../../src/analysis/fixtures');
const area = loadThanetFromDisk();
const { conn } = await loadedThanet();
const filter = { fromMonth: 0, toMonth: 10_000, categories: [...Array(14).keys()], wards: [], weights: COUNT_WEIGHTS };

for (const [resolution, k] of [
  [8, 1],
  [9, 1],
  [9, 2],
]) {
  const hex = await hexCounts(conn, filter, resolution);
  const occupied = Array.from(hex.cells, (c) => c.toString(16));
  const cells = studyAreaCells(area.wards.map((w) => area.featureOf(w.index).geometry), resolution, occupied);
  const count = new Map(occupied.map((c, i) => [c, hex.counts[i]]));
  const nb = kRingNeighbours(cells, k);
  const lines = ['cell,x,nb'];
  cells.forEach((cell, i) => {
    const others = [...nb.indices.subarray(nb.offsets[i], nb.offsets[i + 1])].filter((j) => j !== i).map((j) => j + 1);
    lines.push(`${cell},${count.get(cell) ?? 0},${others.join(';')}`);
  });
  const file = join(out, `gistar-input-r${resolution}-k${k}.csv`);
  writeFileSync(file, lines.join('\n') + '\n');
  console.log(`${file}: ${cells.length} cells, ${occupied.length} holding records`);
}
