import type { AreaIndex } from '../geo/areaIndex';
import type { SqlConnection } from '../db/connection';
import { createSchema } from '../db/schema';
import { addSource, listSources, loadedMonths, type LoadedMonth, type SourceRow } from '../db/sources';
import { cellDetail, cellMonthly, type CellDetail } from '../db/cellQueries';
import {
  cellMonthCounts,
  hexCounts,
  lsoaCounts,
  mapPoints,
  monthCounts,
  monthsWithData,
  publicationMonthTotals,
  totals,
  wardCounts,
  type HexCounts,
  type MonthSeries,
  type RecordFilter,
  type Totals,
} from '../db/viewQueries';
import { maxWindowCount, playbackWindows } from '../analysis/playback';
import { batchToArrowIPC } from '../ingest/incidentBatch';
import type { EmbeddedManifest } from '../ingest/embeddedManifest';
import type { InputFile } from '../ingest/fileSet';
import { ingestPoliceUk, POLICE_UK_KIND, POLICE_UK_LICENCE, type IngestedSource } from '../ingest/ingestPoliceUk';
import { LatestWins, type Outcome } from './latestWins';
import {
  HotSpotRunner,
  type BacktestResult,
  type BacktestSettings,
  type EmergingCells,
  type HotSpotCells,
  type HotSpotSettings,
  type StudyValues,
} from './hotSpotRunner';

export interface ViewResult {
  hex: HexCounts;
  totals: Totals;
  /** Records and the metric per ward (all wards, whatever is selected), by ward index. */
  wardCounts: { counts: Float64Array; values: Float64Array };
  /** Records per LSOA code. */
  lsoaCounts: Map<string, number>;
}

/** Files read and checked, not yet stored: the user may still be asked about months already loaded. */
export interface PreparedLoad {
  source: IngestedSource;
  label: string;
  /** (force, month) pairs of this load that are already loaded. */
  duplicates: LoadedMonth[];
}

/**
 * Sits between the views and the database (as Mosaic's coordinator does): loads sources, answers view
 * queries with the latest request winning, and knows nothing of React or the map.
 */
export class Coordinator {
  private readonly viewQueue = new LatestWins<ViewResult>();
  private readonly hoverQueue = new LatestWins<CellDetail>();
  private readonly trendQueue = new LatestWins<MonthSeries>();
  private readonly analysisQueue = new LatestWins<HotSpotCells | EmergingCells>();
  private readonly runner: HotSpotRunner;
  private readonly studyQueue = new LatestWins<{ current: StudyValues; compare: StudyValues }>();
  private readonly backtestQueue = new LatestWins<BacktestResult | null>();

  private constructor(
    private readonly conn: SqlConnection,
    readonly area: AreaIndex,
  ) {
    this.runner = new HotSpotRunner(conn, area);
  }

  static async create(conn: SqlConnection, area: AreaIndex): Promise<Coordinator> {
    await createSchema(conn, area.wards);
    return new Coordinator(conn, area);
  }

  async loadEmbedded(manifest: EmbeddedManifest, ipc: Uint8Array): Promise<void> {
    await addSource(this.conn, manifest, ipc);
  }

  /** Reads and checks police.uk files (CSV, zip, Parquet, Arrow). Throws FileError (naming file, row, column) and stores nothing then. */
  async preparePoliceUk(files: InputFile[]): Promise<PreparedLoad> {
    const source = await ingestPoliceUk(files, this.area);
    const held = await loadedMonths(this.conn, POLICE_UK_KIND);
    const heldKeys = new Set(held.map((h) => `${h.force}\u0000${h.month}`));
    const incoming = new Map<string, LoadedMonth>();
    for (let i = 0; i < source.batch.length; i++) {
      const key = `${source.batch.force[i]}\u0000${source.batch.month[i]}`;
      if (heldKeys.has(key) && !incoming.has(key)) {
        incoming.set(key, { force: source.batch.force[i], month: source.batch.month[i] });
      }
    }
    const label = files.length === 1 ? files[0].name : `${files.length} police.uk files`;
    return { source, label, duplicates: [...incoming.values()] };
  }

  /**
   * Stores a prepared load. Months it duplicates replace the ones held: the UI asks the user before calling
   * this when `load.duplicates` is not empty, so there are never silent duplicates.
   */
  async commit(load: PreparedLoad): Promise<void> {
    await addSource(
      this.conn,
      {
        kind: POLICE_UK_KIND,
        label: load.label,
        licence: POLICE_UK_LICENCE,
        fingerprint: load.source.fingerprint,
        synthetic: load.source.synthetic,
        reports: load.source.reports,
      },
      batchToArrowIPC(load.source.batch),
      load.duplicates,
    );
  }

  sources(): Promise<SourceRow[]> {
    return listSources(this.conn);
  }

  monthsWithData(): Promise<number[]> {
    return monthsWithData(this.conn);
  }

  /** Hexagons and totals for a view. A newer call supersedes one still waiting. */
  view(filter: RecordFilter, resolution: number): Promise<Outcome<ViewResult>> {
    return this.viewQueue.schedule(async () => ({
      hex: await hexCounts(this.conn, filter, resolution),
      totals: await totals(this.conn, filter),
      wardCounts: await wardCounts(this.conn, filter, this.area.wards.length),
      lsoaCounts: await lsoaCounts(this.conn, filter),
    }));
  }

  /** What one hexagon holds; hovering quickly across the map keeps only the latest question. */
  cell(filter: RecordFilter, resolution: number, cell: bigint): Promise<Outcome<CellDetail>> {
    return this.hoverQueue.schedule(() => cellDetail(this.conn, filter, resolution, cell));
  }

  /** Monthly counts of one hexagon, for the pinned detail panel. */
  cellMonthly(filter: RecordFilter, resolution: number, cell: bigint): Promise<MonthSeries> {
    return cellMonthly(this.conn, filter, resolution, cell);
  }

  /** Records per month over everything loaded, for the possibly-incomplete-month rule. */
  publicationMonthTotals(): Promise<{ month: number[]; count: number[] }> {
    return publicationMonthTotals(this.conn);
  }

  /** The top of a playback's fixed colour scale: the largest count of any cell in any window. */
  async playbackMax(filter: RecordFilter, resolution: number, windowLength: number): Promise<number> {
    const cm = await cellMonthCounts(this.conn, filter, resolution);
    return maxWindowCount(cm.cell, cm.month, cm.count, playbackWindows(filter.fromMonth, filter.toMonth, windowLength));
  }

  /** Distinct map points and their location names, for street labels at close zoom. */
  mapPoints(): Promise<{ lon: number[]; lat: number[]; name: (string | null)[]; count: number[] }> {
    return mapPoints(this.conn);
  }

  /** Records per month with data in the filter's range. */
  trend(filter: RecordFilter): Promise<Outcome<MonthSeries>> {
    return this.trendQueue.schedule(() => monthCounts(this.conn, filter));
  }

  /** Gi* hot and cold spots over the study area. */
  hotSpots(filter: RecordFilter, resolution: number, settings: HotSpotSettings): Promise<Outcome<HotSpotCells>> {
    return this.analysisQueue.schedule(() => this.runner.hotSpots(filter, resolution, settings)) as Promise<
      Outcome<HotSpotCells>
    >;
  }

  /** Emerging hot spot classes over the given months. */
  emerging(filter: RecordFilter, resolution: number, settings: HotSpotSettings, steps: number[]): Promise<Outcome<EmergingCells>> {
    return this.analysisQueue.schedule(() => this.runner.emerging(filter, resolution, settings, steps)) as Promise<
      Outcome<EmergingCells>
    >;
  }

  /**
   * The study area's cells under the view's metric and under a second set of weights (for the sensitivity
   * comparison), zeros included: for concentration and top-cell lists.
   */
  studyValues(
    filter: RecordFilter,
    resolution: number,
    withinSelection: boolean,
    compareWeights: readonly number[],
  ): Promise<Outcome<{ current: StudyValues; compare: StudyValues }>> {
    return this.studyQueue.schedule(async () => ({
      current: await this.runner.studyValues(filter, resolution, withinSelection),
      compare: await this.runner.studyValues({ ...filter, weights: compareWeights }, resolution, withinSelection),
    }));
  }

  backtest(filter: RecordFilter, resolution: number, settings: BacktestSettings): Promise<Outcome<BacktestResult | null>> {
    return this.backtestQueue.schedule(async () =>
      this.runner.backtest(filter, resolution, await this.monthsWithData(), settings),
    );
  }
}
