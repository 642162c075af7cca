import type { AreaIndex } from '../geo/areaIndex';
import type { SqlConnection } from '../db/connection';
import { createSchema } from '../db/schema';
import { addPerceptionSource, addSource, addSourceFromIpc, createPending, dropPending, stagePending, listSources, loadedMonths, type LoadedMonth, type SourceRow, type StoreOptions } from '../db/sources';
import { cellDetail, cellMonthly, type CellDetail } from '../db/cellQueries';
import {
  cellMonthCounts,
  cubeRows,
  hexCounts,
  dayHourTable,
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
import { batchToArrowIPC } from '../ingest/records/incidentBatch';
import type { EmbeddedManifest } from '../ingest/policeUk/embeddedManifest';
import { decodeText, type InputFile } from '../ingest/formats/fileSet';
import { asBlobs, COUNCIL_KIND, ingestMapped, POLICE_UK_KIND, POLICE_UK_LICENCE, readTable } from '../ingest/policeUk/ingestPoliceUk';
import { inProcessIngester, type PoliceUkIngester } from '../ingest/policeUk/ingester';
import type { NamedBlob, StreamedIngest, StreamOptions } from '../ingest/policeUk/streamIngest';
import type { RemoteIngest, RemoteIngestOptions } from '../remote/remoteIngest';
import { FileError } from '../domain/fileError';
import { contextToArrowIPC, readContextGeoJson, type ContextLayerData } from '../ingest/context/contextGeoJson';
import { addContextPoints, recordsNearContext } from '../db/contextQueries';
import { fingerprintBytes } from '../domain/fingerprint';
import type { LoadReport } from '../ingest/records/loadReport';
import { PointEnricher } from '../ingest/records/pointEnricher';
import {
  perceptionByCell,
  perceptionByWard,
  perceptionComments,
  perceptionOptions,
  perceptionPoints,
  type PerceptionFilter,
} from '../db/perceptionQueries';
import type { ColumnMapping } from '../domain/columnMapping';
import type { TabularFile } from '../ingest/formats/tabular';
import { PRIORITY, QueryScheduler, questionKey, type Outcome, type Priority } from './scheduler';
import { buildCube, cubeTrend, queryCube, type Cube } from '../analysis/cube';
import { slideNumbers, type SlideNumbers } from './briefingRunner';
import {
  HotSpotRunner,
  type BacktestResult,
  type BacktestSettings,
  type EmergingCells,
  type HotSpotCells,
  type HotSpotSettings,
  type StudyValues,
} from './hotSpotRunner';

export const SURVEY_KIND = 'survey';

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
  source: StreamedIngest;
  /** The table holding the records until the load is stored or dropped. */
  pending: string;
  label: string;
  kind: string;
  licence: string;
  /** (force, month) pairs of this load that are already loaded. */
  duplicates: LoadedMonth[];
}

/**
 * Sits between the views and the database (as Mosaic's coordinator does): loads sources, answers view
 * queries with the latest request winning, and knows nothing of React or the map.
 */
export class Coordinator {
  /** Every question of the views goes through this one queue: latest wins per consumer, cached by data version. */
  private readonly scheduler = new QueryScheduler();
  private readonly runner: HotSpotRunner;
  private contextLayers = 0;

  private constructor(
    private readonly conn: SqlConnection,
    readonly area: AreaIndex,
    private readonly ingest: PoliceUkIngester,
  ) {
    this.runner = new HotSpotRunner(conn, area);
  }

  /** `ingest` reads police.uk files: the app passes a Web Worker reader; by default they are read in this thread. */
  static async create(conn: SqlConnection, area: AreaIndex, ingest: PoliceUkIngester = inProcessIngester(area)): Promise<Coordinator> {
    await createSchema(conn, area.wards, area.lsoas);
    return new Coordinator(conn, area, ingest);
  }

  /** The dashboard has started: the file reader may get ready for a load the user makes later. */
  warmReaders(): void {
    this.ingest.warm?.();
  }

  async loadEmbedded(manifest: EmbeddedManifest, ipc: Uint8Array | Uint8Array[] | AsyncIterable<Uint8Array>): Promise<void> {
    await addSourceFromIpc(this.conn, manifest, ipc);
    // Every first view reads the cube: start building it now, while the page is still drawing.
    this.dataChanged();
    this.cube().catch(() => undefined);
  }

  /**
   * Runs `read`, staging each block of records it hands on into a new pending table as it comes, so the
   * page never holds a whole load. If reading fails or is cancelled the pending table is dropped.
   */
  private async staged<T>(read: (onBlock: (ipc: Uint8Array) => void) => Promise<T>): Promise<{ result: T; pending: string }> {
    const pending = await createPending(this.conn);
    let staging: Promise<void> = Promise.resolve();
    try {
      const result = await read((ipc) => {
        staging = staging.then(() => stagePending(this.conn, pending, ipc));
      });
      await staging;
      return { result, pending };
    } catch (err) {
      await staging.catch(() => undefined);
      await dropPending(this.conn, pending);
      throw err;
    }
  }

  /** The (force, month) pairs of a police.uk load that are already loaded: the user is asked about them. */
  private async policeUkDuplicates(incoming: LoadedMonth[]): Promise<LoadedMonth[]> {
    const held = new Set((await loadedMonths(this.conn, POLICE_UK_KIND)).map((h) => `${h.force}\u0000${h.month}`));
    const duplicates = incoming.filter((fm) => held.has(`${fm.force}\u0000${fm.month}`));
    return duplicates.sort((a, b) => a.force.localeCompare(b.force) || a.month - b.month);
  }

  /** Drops a prepared load the user decided not to store. */
  discard(load: PreparedLoad): Promise<void> {
    return dropPending(this.conn, load.pending);
  }

  /**
   * Reads and checks police.uk files (CSV, zip, Parquet, Arrow), with progress, cancellable by `signal`.
   * Throws FileError (naming file, row, column) and stores nothing then.
   */
  async preparePoliceUk(files: (InputFile | NamedBlob)[], options: StreamOptions = {}): Promise<PreparedLoad> {
    const blobs = files.map((f) => ('blob' in f ? f : asBlobs([f])[0]));
    const { result: source, pending } = await this.staged((onBlock) => this.ingest(blobs, { ...options, onBlock }));
    const duplicates = await this.policeUkDuplicates(source.forceMonths);
    const label = files.length === 1 ? files[0].name : `${files.length} police.uk files`;
    return { source, pending, label, kind: POLICE_UK_KIND, licence: POLICE_UK_LICENCE, duplicates };
  }

  /**
   * The area's records from a hosted month-partitioned dataset on this site (manifest.json beside one
   * Parquet file per month), read by HTTP range requests: the months asked for, only the row groups that
   * overlap the area. The load then goes the way of a picked police.uk file.
   */
  async prepareRemote(manifestUrl: string, options: RemoteIngestOptions = {}): Promise<PreparedLoad & { transfer: RemoteIngest['transfer'] }> {
    // The hosted-dataset reader (hyparquet) loads on first use.
    const [{ openRemoteDataset }, { ingestRemote }] = await Promise.all([import('../remote/remoteDataset'), import('../remote/remoteIngest')]);
    const dataset = await openRemoteDataset(manifestUrl, { signal: options.signal });
    const { result: source, pending } = await this.staged((onBlock) => ingestRemote(dataset, this.area, onBlock, options));
    const duplicates = await this.policeUkDuplicates(source.forceMonths);
    return {
      source,
      pending,
      label: `Hosted dataset ${dataset.manifestUrl.split('/').slice(-2).join('/')}`,
      kind: POLICE_UK_KIND,
      licence: dataset.manifest.licence,
      duplicates,
      transfer: source.transfer,
    };
  }

  /** The table in a file that is not police.uk's, for the column-mapping dialog. */
  previewTable(input: InputFile): Promise<TabularFile> {
    return readTable(input);
  }

  /** Reads an analyst's own incident file through a column mapping. A file already loaded is refused. */
  async prepareMapped(input: InputFile, mapping: ColumnMapping): Promise<PreparedLoad> {
    const { batch, ...rest } = await ingestMapped(input, mapping, this.area);
    if ((await this.sources()).some((s) => s.fingerprint === rest.fingerprint)) {
      throw new FileError(input.name, 'is already loaded (same content); nothing was added');
    }
    const { pending } = await this.staged(async (onBlock) => onBlock(batchToArrowIPC(batch)));
    return {
      source: { ...rest, records: batch.length },
      pending,
      label: `${input.name} (own data, mapped)`,
      kind: COUNCIL_KIND,
      licence: 'Own data: loaded by the analyst; not published.',
      duplicates: [],
    };
  }

  /**
   * Stores a prepared load. Months it duplicates replace the ones held: the UI asks the user before calling
   * this when `load.duplicates` is not empty, so there are never silent duplicates.
   */
  async commit(load: PreparedLoad, options: StoreOptions = {}): Promise<void> {
    await addSource(
      this.conn,
      {
        kind: load.kind,
        label: load.label,
        licence: load.licence,
        fingerprint: load.source.fingerprint,
        synthetic: load.source.synthetic,
        reports: load.source.reports,
      },
      load.pending,
      load.duplicates,
      options,
    );
    this.dataChanged();
  }

  sources(): Promise<SourceRow[]> {
    return listSources(this.conn);
  }

  monthsWithData(): Promise<number[]> {
    return monthsWithData(this.conn);
  }

  /** Hexagons and totals for a view. A newer call supersedes one still waiting. */
  view(filter: RecordFilter, resolution: number, withLsoas = true): Promise<Outcome<ViewResult>> {
    return this.ask('view', PRIORITY.view, [filter, resolution, withLsoas], async () => {
      const lsoas = withLsoas ? await lsoaCounts(this.conn, filter) : new Map<string, number>();
      // Time-of-day filters need the records' times, which the cube does not keep: SQL answers those.
      if (filter.hours?.length || filter.days?.length) {
        return {
          hex: await hexCounts(this.conn, filter, resolution),
          totals: await totals(this.conn, filter),
          wardCounts: await wardCounts(this.conn, filter, this.area.wards.length),
          lsoaCounts: lsoas,
        };
      }
      const a = queryCube(await this.cube(), filter, resolution, this.area.wards.length);
      return {
        hex: { cells: a.cells, counts: a.counts, values: a.values },
        totals: { mapped: a.mapped, noLocation: a.noLocation, value: a.mappedValue, noTime: 0 },
        wardCounts: { counts: a.wardCounts, values: a.wardValues },
        lsoaCounts: lsoas,
      };
    });
  }

  /** The loaded data changed: the cube is rebuilt on next use and no cached answer is given again. */
  private dataChanged(): void {
    this.cubePromise = null;
    this.scheduler.invalidate();
  }

  /** A question for the scheduler: `consumer` keeps only its latest; the key is the method and every argument. */
  private ask<T>(consumer: string, priority: Priority, args: readonly unknown[], run: () => Promise<T>): Promise<Outcome<T>> {
    return this.scheduler.ask({ consumer, priority, key: questionKey([consumer, ...args]), run }).answer;
  }

  /** The pre-aggregated cube of what is loaded, built on first use after each load. */
  private cubePromise: Promise<Cube> | null = null;
  cube(): Promise<Cube> {
    this.cubePromise ??= cubeRows(this.conn).then(buildCube);
    return this.cubePromise;
  }

  /** What one hexagon holds; hovering quickly across the map keeps only the latest question. */
  cell(filter: RecordFilter, resolution: number, cell: bigint): Promise<Outcome<CellDetail>> {
    return this.ask('hover', PRIORITY.hover, [filter, resolution, cell], () => cellDetail(this.conn, filter, resolution, cell));
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
    // As for the view: the cube answers unless the filter needs the records' times.
    return this.ask('trend', PRIORITY.view, [filter], async () =>
      filter.hours?.length || filter.days?.length ? monthCounts(this.conn, filter) : cubeTrend(await this.cube(), filter),
    );
  }

  /** Gi* hot and cold spots over the study area. */
  hotSpots(filter: RecordFilter, resolution: number, settings: HotSpotSettings): Promise<Outcome<HotSpotCells>> {
    return this.ask('analysis', PRIORITY.view, ['gistar', filter, resolution, settings], () => this.runner.hotSpots(filter, resolution, settings));
  }

  /** Emerging hot spot classes over the given months. */
  emerging(filter: RecordFilter, resolution: number, settings: HotSpotSettings, steps: number[]): Promise<Outcome<EmergingCells>> {
    return this.ask('analysis', PRIORITY.view, ['emerging', filter, resolution, settings, steps], () =>
      this.runner.emerging(filter, resolution, settings, steps),
    );
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
    return this.ask('study', PRIORITY.view, [filter, resolution, withinSelection, compareWeights], async () => ({
      current: await this.runner.studyValues(filter, resolution, withinSelection),
      compare: await this.runner.studyValues({ ...filter, weights: compareWeights }, resolution, withinSelection),
    }));
  }

  backtest(filter: RecordFilter, resolution: number, settings: BacktestSettings): Promise<Outcome<BacktestResult | null>> {
    return this.ask('backtest', PRIORITY.view, [filter, resolution, settings], async () =>
      this.runner.backtest(filter, resolution, await this.monthsWithData(), settings),
    );
  }

  /** Records with a time by day and hour, and how many have none. */
  dayHour(filter: RecordFilter): Promise<Outcome<{ values: Float64Array; noTime: number }>> {
    return this.ask('dayHour', PRIORITY.view, [filter], () => dayHourTable(this.conn, filter));
  }

  /**
   * Loads a perception survey (CSV in the template's columns, or GeoJSON points) as its own source.
   * Throws FileError and stores nothing when the file cannot be read.
   */
  async loadPerception(input: InputFile): Promise<LoadReport> {
    // The survey reader (with its grid projection) loads on first use.
    const { geoJsonPerceptionTable, perceptionToArrowIPC, readPerception } = await import('../ingest/perception/perceptionRows');
    const text = decodeText(input.bytes);
    const table = /\.(geo)?json$/i.test(input.name) ? geoJsonPerceptionTable(text, input.name) : await readTable(input);
    const { batch, report } = readPerception(table, this.area, new PointEnricher(this.area));
    const fingerprint = fingerprintBytes(input.bytes);
    if ((await this.sources()).some((s) => s.fingerprint === fingerprint)) {
      throw new FileError(input.name, 'is already loaded (same content); nothing was added');
    }
    await addPerceptionSource(
      this.conn,
      {
        kind: SURVEY_KIND,
        label: `${input.name} (perception survey)`,
        licence: 'Survey answers loaded by the analyst; not published. Comments are shown masked.',
        fingerprint,
        synthetic: /INVENTED|SYNTHETIC/i.test(input.name),
        reports: [report],
      },
      perceptionToArrowIPC(batch),
    );
    return report;
  }

  perceptionByWard(f: PerceptionFilter) {
    return perceptionByWard(this.conn, f, this.area.wards.length);
  }

  perceptionByCell(f: PerceptionFilter, resolution: number) {
    return perceptionByCell(this.conn, f, resolution);
  }

  perceptionPoints(f: PerceptionFilter) {
    return perceptionPoints(this.conn, f);
  }

  perceptionComments(f: PerceptionFilter, area: { ward: number } | { cell: bigint; resolution: number }) {
    return perceptionComments(this.conn, f, area);
  }

  perceptionOptions() {
    return perceptionOptions(this.conn);
  }

  /** Loads a GeoJSON context layer (CCTV, licensed premises, …); returns it with its id for counting. */
  async loadContext(input: InputFile): Promise<ContextLayerData & { id: number }> {
    const data = readContextGeoJson(decodeText(input.bytes), input.name);
    const id = ++this.contextLayers;
    await addContextPoints(this.conn, contextToArrowIPC(id, data));
    return { ...data, id };
  }

  /** The metric of records within `metres` of each point of a context layer. */
  nearContext(filter: RecordFilter, layerId: number, metres: number): Promise<Outcome<Float64Array>> {
    return this.ask('context', PRIORITY.view, [filter, layerId, metres], () => recordsNearContext(this.conn, filter, layerId, metres));
  }

  /** The figures of a briefing slide for a view. */
  slideNumbers(filter: RecordFilter, resolution: number): Promise<SlideNumbers> {
    return slideNumbers(this.conn, this.area, this.runner, filter, resolution);
  }
}
