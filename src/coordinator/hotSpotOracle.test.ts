// Issue 14: the app's whole Gi* path — engine counts → the app's study area → Gi* → FDR, through the
// coordinator as the dashboard calls it — against fixtures made without any code of src/ (independent counts,
// a turf-built study area, gridDisk neighbours, R spdep; see scripts/reference/gistar-input.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { gistarFixtures, type GistarFixture } from '../../test-support/gistarFixtures';
import { loadedThanet } from './loadedThanet';
import type { RecordFilter } from '../db/viewQueries';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';
import { parseMonth } from '../domain/months';
import type { Coordinator } from './coordinator';
import type { HotSpotCells } from './hotSpotRunner';

let coordinator: Coordinator;
beforeAll(async () => {
  ({ coordinator } = await loadedThanet());
});

async function appHotSpots(f: GistarFixture): Promise<HotSpotCells> {
  const wards = (f.wards ?? []).map((name) => coordinator.area.wards.find((w) => w.name === name)!.index);
  const filter: RecordFilter = {
    fromMonth: parseMonth(f.months[0])!,
    toMonth: parseMonth(f.months[1])!,
    categories: POLICE_UK_CATEGORIES.map((_, i) => i),
    wards,
    weights: COUNT_WEIGHTS,
  };
  const outcome = await coordinator.hotSpots(filter, f.res, { k: f.k, fdr: true, withinSelection: f.wards !== null });
  if (!outcome.ok) throw new Error('hot spots superseded');
  return outcome.value;
}

/** Per fixture cell, the app's position of it (−1 when the app's study area lacks it). */
function positions(app: HotSpotCells, f: GistarFixture): number[] {
  const at = new Map(app.cells.map((c, i) => [c, i]));
  return f.cells.map((c) => at.get(c) ?? -1);
}

describe.each(gistarFixtures())('the app\'s Gi* against the independent fixture ($name)', (f) => {
  let app: HotSpotCells;
  let at: number[];
  let common: number[];
  beforeAll(async () => {
    app = await appHotSpots(f);
    at = positions(app, f);
    common = f.cells.flatMap((_, i) => (at[i] >= 0 ? [i] : []));
  });

  it('has the same study area', () => {
    const fixture = new Set(f.cells);
    const onlyApp = app.cells.filter((c) => !fixture.has(c));
    const onlyFixture = f.cells.filter((_, i) => at[i] < 0);
    expect({ onlyApp: onlyApp.length, onlyFixture: onlyFixture.length }, `only in app: ${onlyApp.slice(0, 5)}; only in fixture: ${onlyFixture.slice(0, 5)}`).toEqual({ onlyApp: 0, onlyFixture: 0 });
    expect(Array.from(app.shown).every((s) => s === 1)).toBe(true);
  });

  it('counts the same records per cell', () => {
    const differ = common.filter((i) => app.counts[at[i]] !== f.x[i]);
    expect(differ.length, `${differ.length} of ${common.length} shared cells differ, e.g. ${differ.slice(0, 3).map((i) => `${f.cells[i]} app ${app.counts[at[i]]} fixture ${f.x[i]}`)}`).toBe(0);
  });

  it('gives z within 1e-6, BH-adjusted p within 1e-9 and the same class on every cell', () => {
    const dz = Math.max(0, ...common.map((i) => Math.abs(app.z[at[i]] - f.spdep.z[i])));
    const dp = Math.max(0, ...common.map((i) => Math.abs(app.pAdjusted[at[i]] - f.spdep.pBh[i])));
    const binDiffer = common.filter((i) => app.bin[at[i]] !== f.spdep.bin[i]).length;
    expect({ common: common.length, zOver: dz > 1e-6, pOver: dp > 1e-9, binDiffer }, `max |Δz| ${dz}, max |Δp_BH| ${dp}, classes differ on ${binDiffer}`).toEqual({
      common: f.cells.length,
      zOver: false,
      pOver: false,
      binDiffer: 0,
    });
  });
});
