import type { MultiPolygon, Polygon } from 'geojson';
import { cellArea } from 'h3-js';
import { classifyEmerging, type EmergingClass } from '../analysis/emerging';
import { benjaminiHochberg } from '../analysis/fdr';
import { backtest } from '../analysis/backtest';
import { giBins, giStar, hotSpots } from '../analysis/gistar';
import { twoSidedP } from '../analysis/normal';
import { spaceTimeGiStar } from '../analysis/spaceTimeGiStar';
import { kRingNeighbours, studyAreaCells, type Neighbours } from '../analysis/studyArea';
import type { SqlConnection } from '../db/connection';
import { cellMonthValues, cellSnapPoints, hexCounts, type RecordFilter } from '../db/viewQueries';
import type { AreaIndex } from '../geo/areaIndex';
import { fingerprintText } from '../domain/fingerprint';

export interface HotSpotSettings {
  /** k-ring neighbourhood. */
  k: number;
  fdr: boolean;
  /** Compute over the selected wards only, rather than over the whole area and then show the selection. */
  withinSelection: boolean;
}

/** Per study-area cell: its figures and Gi* statistics; `shown` marks the cells of the selected wards. */
export interface HotSpotCells {
  cells: string[];
  counts: Float64Array;
  values: Float64Array;
  z: Float64Array;
  p: Float64Array;
  pAdjusted: Float64Array;
  bin: Int8Array;
  shown: Uint8Array;
  /** Distinct police.uk map points under each cell, and the largest one's share of its records. */
  points: Int32Array;
  topPointShare: Float64Array;
  /** Milliseconds spent in SQL and in the statistics (for npm run bench). */
  timings: Timings;
}

export interface Timings {
  queryMs: number;
  statsMs: number;
}

/** The metric over every cell of the study area, zeros included: what concentration and backtests need. */
export interface StudyValues {
  cells: string[];
  counts: Float64Array;
  values: Float64Array;
  shown: Uint8Array;
  /** Total area of the shown cells in km². */
  areaKm2: number;
}

export type BacktestMethod = 'count' | 'harm' | 'gistar';

export interface BacktestSettings extends HotSpotSettings {
  method: BacktestMethod;
  /** Share of the study area's cells chosen as hot spots, e.g. 0.05. */
  areaShare: number;
  /** How many of the last months with data are held out for scoring. */
  testMonths: number;
}

export interface BacktestResult {
  trainMonths: number[];
  testMonths: number[];
  cells: number;
  hotAreaKm2: number;
  pai: number;
  rri: number;
  pei: number;
  captured: number;
  total: number;
}

export interface EmergingCells {
  cells: string[];
  classes: EmergingClass[];
  /** The metric per cell summed over the steps. */
  totals: Float64Array;
  shown: Uint8Array;
  /** The months used as time steps, ascending (gap months and, by default, incomplete months left out). */
  steps: number[];
  timings: Timings;
}

/**
 * Runs the hot-spot statistics for a view. The study area and its neighbour structure are built from H3 once
 * per resolution, ward set and k, and reused; the statistics themselves are pure (src/analysis).
 */
export class HotSpotRunner {
  private readonly polygonCells = new Map<string, string[]>();
  private readonly neighbours = new Map<string, Neighbours>();

  constructor(
    private readonly conn: SqlConnection,
    private readonly area: AreaIndex,
  ) {}

  private areaCells(resolution: number, wards: readonly number[], occupied: Iterable<string>): string[] {
    const key = `${resolution}|${wards.join(',')}`;
    let base = this.polygonCells.get(key);
    if (!base) {
      const chosen = wards.length ? wards : this.area.wards.map((w) => w.index);
      const geometries = chosen.map((i) => this.area.featureOf(i).geometry as Polygon | MultiPolygon);
      base = studyAreaCells(geometries, resolution, []);
      this.polygonCells.set(key, base);
    }
    return studyAreaCells([], resolution, [...base, ...occupied]);
  }

  private neighboursOf(cells: string[], k: number): Neighbours {
    const key = `${k}|${fingerprintText(cells.join(','))}`;
    let nb = this.neighbours.get(key);
    if (!nb) {
      nb = kRingNeighbours(cells, k);
      if (this.neighbours.size > 20) this.neighbours.clear();
      this.neighbours.set(key, nb);
    }
    return nb;
  }

  /** The study area of a view: all wards, or the selected ones when computing within the selection. */
  private async studyArea(filter: RecordFilter, resolution: number, withinSelection: boolean) {
    const scope = withinSelection ? filter : { ...filter, wards: [] };
    const [hex, selected] = await Promise.all([
      hexCounts(this.conn, scope, resolution),
      filter.wards.length && !withinSelection ? hexCounts(this.conn, filter, resolution) : null,
    ]);
    const occupied = Array.from(hex.cells, (c) => c.toString(16));
    const cells = this.areaCells(resolution, scope.wards, occupied);
    const shownSet = selected
      ? new Set([...this.areaCells(resolution, filter.wards, []), ...Array.from(selected.cells, (c) => c.toString(16))])
      : null;
    const shown = Uint8Array.from(cells, (c) => (shownSet ? (shownSet.has(c) ? 1 : 0) : 1));
    return { cells, shown, scope };
  }

  /** Counts and the metric over the study area (zeros included), on the study area of `areaFilter`. */
  private async valuesOn(cells: string[], filter: RecordFilter, resolution: number) {
    const hex = await hexCounts(this.conn, filter, resolution);
    const at = new Map(cells.map((c, i) => [c, i]));
    const counts = new Float64Array(cells.length);
    const values = new Float64Array(cells.length);
    hex.cells.forEach((c, i) => {
      const j = at.get(c.toString(16));
      if (j === undefined) return;
      counts[j] = hex.counts[i];
      values[j] = hex.values[i];
    });
    return { counts, values };
  }

  async studyValues(filter: RecordFilter, resolution: number, withinSelection: boolean): Promise<StudyValues> {
    const { cells, shown, scope } = await this.studyArea(filter, resolution, withinSelection);
    const { counts, values } = await this.valuesOn(cells, scope, resolution);
    let areaKm2 = 0;
    cells.forEach((c, i) => {
      if (shown[i]) areaKm2 += cellArea(c, 'km2');
    });
    return { cells, counts, values, shown, areaKm2 };
  }

  /**
   * Fit hot spots on the months before the last `testMonths` months with data and score them on those months,
   * at a fixed share of the study area's cells. Scored on the view's metric (harm or count).
   */
  async backtest(filter: RecordFilter, resolution: number, monthsWithData: number[], s: BacktestSettings): Promise<BacktestResult | null> {
    const inRange = monthsWithData.filter((m) => m >= filter.fromMonth && m <= filter.toMonth);
    if (inRange.length <= s.testMonths) return null;
    const testMonths = inRange.slice(-s.testMonths);
    const trainMonths = inRange.slice(0, -s.testMonths);
    const { cells, scope } = await this.studyArea(filter, resolution, s.withinSelection);
    const train = await this.valuesOn(cells, { ...scope, fromMonth: trainMonths[0], toMonth: trainMonths[trainMonths.length - 1] }, resolution);
    const test = await this.valuesOn(cells, { ...scope, fromMonth: testMonths[0], toMonth: testMonths[testMonths.length - 1] }, resolution);
    const ranking =
      s.method === 'count' ? train.counts : s.method === 'harm' ? train.values : giStar(train.values, this.neighboursOf(cells, s.k));
    const area = Float64Array.from(cells, (c) => cellArea(c, 'km2'));
    const r = backtest(train.values, test.values, area, s.areaShare, ranking);
    return {
      trainMonths,
      testMonths,
      cells: r.cells.length,
      hotAreaKm2: r.hotArea,
      pai: r.pai,
      rri: r.rri,
      pei: r.pei,
      captured: r.capturedTest,
      total: r.totalTest,
    };
  }

  async hotSpots(filter: RecordFilter, resolution: number, s: HotSpotSettings): Promise<HotSpotCells> {
    const t0 = performance.now();
    const { cells, shown, scope } = await this.studyArea(filter, resolution, s.withinSelection);
    const at = new Map(cells.map((c, i) => [c, i]));
    const { counts, values } = await this.valuesOn(cells, scope, resolution);
    const snap = await cellSnapPoints(this.conn, scope, resolution);
    const t1 = performance.now();
    const result = hotSpots(values, this.neighboursOf(cells, s.k), s.fdr);
    const statsMs = performance.now() - t1;
    const points = new Int32Array(cells.length);
    const topPointShare = new Float64Array(cells.length);
    snap.cells.forEach((c, i) => {
      const j = at.get(c.toString(16));
      if (j === undefined) return;
      points[j] = snap.points[i];
      topPointShare[j] = snap.topShare[i];
    });
    return { cells, counts, values, ...result, shown, points, topPointShare, timings: { queryMs: t1 - t0, statsMs } };
  }

  /**
   * Emerging hot spots over `steps` (months), each cell classified from its series of space–time Gi* bins
   * and z-scores. Bins use FDR over all cell-months when `fdr` is on.
   */
  async emerging(filter: RecordFilter, resolution: number, s: HotSpotSettings, steps: number[]): Promise<EmergingCells> {
    const t0 = performance.now();
    const { cells, shown, scope } = await this.studyArea(filter, resolution, s.withinSelection);
    const at = new Map(cells.map((c, i) => [c, i]));
    const stepOf = new Map(steps.map((m, t) => [m, t]));
    const n = cells.length;
    const T = steps.length;
    const cube = new Float64Array(n * T);
    const series = await cellMonthValues(this.conn, scope, resolution);
    series.cells.forEach((c, r) => {
      const i = at.get(c.toString(16));
      const t = stepOf.get(series.month[r]);
      if (i !== undefined && t !== undefined) cube[t * n + i] += series.value[r];
    });
    const t1 = performance.now();
    const z = spaceTimeGiStar(cube, n, T, this.neighboursOf(cells, s.k));
    const p = z.map(twoSidedP);
    const bins = giBins(z, s.fdr ? benjaminiHochberg(p) : p);
    const classes = cells.map((_, i) => {
      const b = new Int8Array(T);
      const zs = new Float64Array(T);
      for (let t = 0; t < T; t++) {
        b[t] = bins[t * n + i];
        zs[t] = z[t * n + i];
      }
      return classifyEmerging(b, zs);
    });
    const totals = new Float64Array(n);
    for (let b = 0; b < n * T; b++) totals[b % n] += cube[b];
    return { cells, classes, totals, shown, steps, timings: { queryMs: t1 - t0, statsMs: performance.now() - t1 } };
  }
}
