// Reads the Gi* reference fixtures (src/analysis/fixtures, written by scripts/reference/gistar-input.ts and
// gistar-spdep.R) for the tests: each one view's study area, counts and neighbours, and spdep's answers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'src/analysis/fixtures');

export interface GistarFixture {
  name: string;
  res: number;
  k: number;
  /** Inclusive YYYY-MM range; all categories. */
  months: [string, string];
  /** Ward names when computed within a selection; null over the whole area. */
  wards: string[] | null;
  cells: string[];
  x: number[];
  /** Per cell, the 1-based positions of its neighbours without itself (spdep's nb). */
  nb: number[][];
  spdep: { z: number[]; p: number[]; pBh: number[]; bin: number[] };
}

const rows = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

export function gistarFixtures(): GistarFixture[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'gistar-fixtures.json'), 'utf8')) as Omit<GistarFixture, 'cells' | 'x' | 'nb' | 'spdep'>[];
  return manifest.map((m) => {
    const input = rows(`gistar-input-${m.name}.csv`);
    const ref = rows(`gistar-spdep-${m.name}.csv`);
    if (ref.map((r) => r[0]).join() !== input.map((r) => r[0]).join()) throw new Error(`${m.name}: spdep output is not for this input`);
    return {
      name: m.name,
      res: m.res,
      k: m.k,
      months: m.months,
      wards: m.wards,
      cells: input.map((r) => r[0]),
      x: input.map((r) => Number(r[1])),
      nb: input.map((r) => (r[2] ? r[2].split(';').map(Number) : [])),
      spdep: { z: ref.map((r) => Number(r[1])), p: ref.map((r) => Number(r[2])), pBh: ref.map((r) => Number(r[3])), bin: ref.map((r) => Number(r[4])) },
    };
  });
}
