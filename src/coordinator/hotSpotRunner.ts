import type { MultiPolygon, Polygon } from 'geojson';
import { classifyEmerging, type EmergingClass } from '../analysis/emerging';
import { benjaminiHochberg } from '../analysis/fdr';
import { giBins, hotSpots } from '../analysis/gistar';
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
}

export interface EmergingCells {
  cells: string[];
  classes: EmergingClass[];
  shown: Uint8Array;
  /** The months used as time steps, ascending (gap months and, by default, incomplete months left out). */
  steps: number[];
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
    return { cells, shown, hex, occupied, scope };
  }

  async hotSpots(filter: RecordFilter, resolution: number, s: HotSpotSettings): Promise<HotSpotCells> {
    const { cells, shown, hex, occupied, scope } = await this.studyArea(filter, resolution, s.withinSelection);
    const at = new Map(cells.map((c, i) => [c, i]));
    const counts = new Float64Array(cells.length);
    const values = new Float64Array(cells.length);
    occupied.forEach((c, i) => {
      counts[at.get(c)!] = hex.counts[i];
      values[at.get(c)!] = hex.values[i];
    });
    const result = hotSpots(values, this.neighboursOf(cells, s.k), s.fdr);
    const snap = await cellSnapPoints(this.conn, scope, resolution);
    const points = new Int32Array(cells.length);
    const topPointShare = new Float64Array(cells.length);
    snap.cells.forEach((c, i) => {
      const j = at.get(c.toString(16));
      if (j === undefined) return;
      points[j] = snap.points[i];
      topPointShare[j] = snap.topShare[i];
    });
    return { cells, counts, values, ...result, shown, points, topPointShare };
  }

  /**
   * Emerging hot spots over `steps` (months), each cell classified from its series of space–time Gi* bins
   * and z-scores. Bins use FDR over all cell-months when `fdr` is on.
   */
  async emerging(filter: RecordFilter, resolution: number, s: HotSpotSettings, steps: number[]): Promise<EmergingCells> {
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
    return { cells, classes, shown, steps };
  }
}
