// How big the cube gets when points are many: 10M SYNTHETIC records on 500,000 distinct points spread
// uniformly over Thanet's wards (a national-shaped file has many distinct points; police.uk's own Thanet has
// 1,708), 60 months, 14 categories. The cube keys by each point's tuple of cells, so its size follows the
// occupied res-10 cells, not the points. Prints places, keys, build time and the cube's typed-array memory.
//   npx tsx bench/cubeShape.ts [records] [points]
import { latLngToCell } from 'h3-js';
import { buildCube, queryCube } from '../src/analysis/cube';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { H3_RESOLUTIONS } from '../src/domain/h3Resolutions';

const records = Number(process.argv[2] ?? 10_000_000);
const pointCount = Number(process.argv[3] ?? 500_000);
const area = loadThanetFromDisk();
// mulberry32: integer arithmetic throughout (a float LCG loses bits above 2^53 and cycles early).
let seed = 20261208;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const [x0, y0, x1, y1] = area.bounds;
const points: { cells: bigint[]; ward: number }[] = [];
while (points.length < pointCount) {
  const lon = x0 + rand() * (x1 - x0);
  const lat = y0 + rand() * (y1 - y0);
  const ward = area.wardAt(lon, lat);
  if (ward >= 0) points.push({ ward, cells: H3_RESOLUTIONS.map((r) => BigInt(`0x${latLngToCell(lat, lon, r)}`)) });
}
// The SQL's GROUP BY (cells, ward, category, source, month), done here with a Map.
const groups = new Map<string, { p: number; category: number; month: number; n: number }>();
for (let i = 0; i < records; i++) {
  const p = Math.floor(rand() * pointCount);
  const category = Math.floor(rand() * 14);
  const month = 540 + Math.floor(rand() * 60);
  const key = `${points[p].cells[3]}|${points[p].cells[2]}|${points[p].ward}|${category}|${month}`;
  const g = groups.get(key);
  if (g) g.n++;
  else groups.set(key, { p, category, month, n: 1 });
}
const rows = [...groups.values()];
const input = {
  cells: H3_RESOLUTIONS.map((_, s) => BigUint64Array.from(rows, (r) => points[r.p].cells[s])),
  ward: rows.map((r) => points[r.p].ward),
  category: rows.map((r) => r.category),
  source: rows.map(() => 1),
  month: rows.map((r) => r.month),
  count: rows.map((r) => r.n),
};
const t0 = performance.now();
const cube = buildCube(input);
const buildMs = performance.now() - t0;
const f = { fromMonth: 560, toMonth: 590, categories: [...Array(14).keys()], wards: [], weights: Array(14).fill(1) };
const times: number[] = [];
for (let i = 0; i < 11; i++) {
  const t = performance.now();
  queryCube(cube, { ...f, fromMonth: 545 + i }, 9, area.wards.length);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const mb = (cube.prefix.byteLength + cube.keyPlace.byteLength * 4) / 1e6;
console.log(
  `${records.toLocaleString('en-GB')} SYNTHETIC records on ${pointCount.toLocaleString('en-GB')} points: ${rows.length.toLocaleString('en-GB')} groups, ` +
    `${cube.placeCell[0].length.toLocaleString('en-GB')} places (${cube.cellsAt[3].length.toLocaleString('en-GB')} res-10 cells), ${cube.keyPlace.length.toLocaleString('en-GB')} keys; ` +
    `built in ${buildMs.toFixed(0)} ms; cube ${mb.toFixed(0)} MB; month-range answer at res 9 median ${times[5].toFixed(1)} ms`,
);
