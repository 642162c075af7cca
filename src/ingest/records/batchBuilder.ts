import { formatMonth } from '../../domain/months';
import type { IncidentBatch, TextField } from './incidentBatch';
import { Utf8ColumnBuilder } from '../formats/utf8Column';
import type { LoadReport } from './loadReport';
import type { SkipCollector } from './loadReport';
import type { PointInfo } from './pointEnricher';
import { H3_RESOLUTIONS } from '../../domain/h3Resolutions';
import { NO_CELLS } from '../../geo/pointCells';

/** One record as a reader has validated it; text fields default to empty. */
export interface IncidentRecord {
  month: number;
  category: number;
  lon: number;
  lat: number;
  place: Pick<PointInfo, 'ward' | 'lsoa' | 'cells' | 'point'>;
  occurredMs?: number;
  crimeId?: string;
  force?: string;
  location?: string;
  lsoaCode?: string;
  lsoaName?: string;
  outcome?: string;
  categoryText?: string;
}

/** No location: in no ward and no cell, counted as kept but kept off the map. */
export const NO_PLACE = { ward: -1, lsoa: -1, cells: NO_CELLS, point: -1, lon: NaN, lat: NaN } as const;

/** A (force, month) pair present in a load: how a month loaded twice is found. */
export interface ForceMonth {
  force: string;
  month: number;
}

/**
 * Collects validated records into IncidentBatches and keeps the counts of the load report, so every
 * reader (police.uk, mapped council files) reports in the same terms. Records are held in blocks of
 * `capacity`: a streaming reader hands each full block on (`takeBlock`), so memory stays bounded however
 * long the file; a whole-table reader makes one block as large as the table.
 */
export class BatchBuilder {
  private kept = 0;
  private noLocation = 0;
  private outsideArea = 0;
  /** Per month: rows kept, of them without a location, and rows outside the area (the month's reconciliation). */
  private readonly perMonth = new Map<number, { kept: number; noLocation: number; outside: number }>();
  private n = 0;
  private month!: Int16Array;
  private category!: Int8Array;
  private lon!: Float64Array;
  private lat!: Float64Array;
  private ward!: Int16Array;
  private lsoa!: Int16Array;
  /** H3 cell per offered resolution (index: resolutionSlot). */
  private h3!: BigUint64Array[];
  private point!: Int32Array;
  private occurredMs!: Float64Array;
  private text!: Record<TextField, Utf8ColumnBuilder>;
  /** The text columns `pushRaw` fills from byte ranges, in its order. */
  private rawColumns!: Utf8ColumnBuilder[];
  private readonly monthsByForce = new Map<string, Set<number>>();

  constructor(private readonly capacity: number) {
    this.allocate();
  }

  private allocate(): void {
    const c = this.capacity;
    this.n = 0;
    this.month = new Int16Array(c);
    this.category = new Int8Array(c);
    this.lon = new Float64Array(c);
    this.lat = new Float64Array(c);
    this.ward = new Int16Array(c);
    this.lsoa = new Int16Array(c);
    this.h3 = H3_RESOLUTIONS.map(() => new BigUint64Array(c));
    this.point = new Int32Array(c);
    this.occurredMs = new Float64Array(c);
    // Text is copied out of its builders when a block is taken, so they are kept, with the room they grew.
    if (this.text) {
      for (const b of Object.values(this.text)) b.reset();
      return;
    }
    this.text = {
      crimeId: new Utf8ColumnBuilder(c, 64),
      force: new Utf8ColumnBuilder(c, 16),
      location: new Utf8ColumnBuilder(c, 24),
      lsoaCode: new Utf8ColumnBuilder(c, 9),
      lsoaName: new Utf8ColumnBuilder(c, 12),
      outcome: new Utf8ColumnBuilder(c, 32),
      categoryText: new Utf8ColumnBuilder(c, 0),
    };
    const t = this.text;
    this.rawColumns = [t.crimeId, t.force, t.location, t.lsoaCode, t.lsoaName, t.outcome];
  }

  private monthTally(month: number) {
    let t = this.perMonth.get(month);
    if (!t) this.perMonth.set(month, (t = { kept: 0, noLocation: 0, outside: 0 }));
    return t;
  }

  /** A row whose point lies outside the area: counted in its month, not stored. */
  addOutside(month: number): void {
    this.outsideArea++;
    this.monthTally(month).outside++;
  }

  get full(): boolean {
    return this.n === this.capacity;
  }

  private pushNumbers(month: number, category: number, place: IncidentRecord['place'], lon: number, lat: number, occurredMs: number, force: string): void {
    const k = this.n++;
    this.kept++;
    const tally = this.monthTally(month);
    tally.kept++;
    if (place.ward < 0) {
      this.noLocation++;
      tally.noLocation++;
    }
    this.month[k] = month;
    this.category[k] = category;
    this.lon[k] = lon;
    this.lat[k] = lat;
    this.ward[k] = place.ward;
    this.lsoa[k] = place.lsoa;
    // Outside the area a point has no cells; a record there is never pushed, but stay total.
    for (let r = 0; r < this.h3.length; r++) this.h3[r][k] = place.cells[r] ?? 0n;
    this.point[k] = place.point;
    this.occurredMs[k] = occurredMs;
    let months = this.monthsByForce.get(force);
    if (!months) this.monthsByForce.set(force, (months = new Set()));
    months.add(month);
  }

  push(r: IncidentRecord): void {
    const force = r.force ?? '';
    this.pushNumbers(r.month, r.category, r.place, r.lon, r.lat, r.occurredMs ?? NaN, force);
    const t = this.text;
    t.crimeId.pushString(r.crimeId ?? '');
    t.force.pushString(force);
    t.location.pushString(r.location ?? '');
    t.lsoaCode.pushString(r.lsoaCode ?? '');
    t.lsoaName.pushString(r.lsoaName ?? '');
    t.outcome.pushString(r.outcome ?? '');
    t.categoryText.pushString(r.categoryText ?? '');
  }

  /**
   * A police.uk record straight from the bytes of its line: `ranges` holds [start, end) in `src` of crime ID,
   * force, location, LSOA code, LSOA name and outcome (start −1: the file has no such column).
   */
  pushRaw(month: number, category: number, place: PointInfo | typeof NO_PLACE, force: string, src: Uint8Array, ranges: Int32Array): void {
    this.pushNumbers(month, category, place, place.lon, place.lat, NaN, force);
    const t = this.text;
    const cols = this.rawColumns;
    for (let c = 0; c < 6; c++) {
      const start = ranges[2 * c];
      if (start < 0) cols[c].pushBytes(src, 0, 0);
      else cols[c].pushBytes(src, start, ranges[2 * c + 1]);
    }
    t.categoryText.pushBytes(src, 0, 0);
  }

  /** The records held since the last block was taken; the builder starts a new block unless this is the last. */
  takeBlock(last = false): IncidentBatch {
    const n = this.n;
    const whole = n === this.capacity;
    const batch: IncidentBatch = {
      length: n,
      month: whole ? this.month : this.month.slice(0, n),
      category: whole ? this.category : this.category.slice(0, n),
      lon: whole ? this.lon : this.lon.slice(0, n),
      lat: whole ? this.lat : this.lat.slice(0, n),
      ward: whole ? this.ward : this.ward.slice(0, n),
      lsoa: whole ? this.lsoa : this.lsoa.slice(0, n),
      h3: whole ? this.h3 : this.h3.map((a) => a.slice(0, n)),
      point: whole ? this.point : this.point.slice(0, n),
      occurredMs: whole ? this.occurredMs : this.occurredMs.slice(0, n),
      crimeId: this.text.crimeId.finish(),
      force: this.text.force.finish(),
      location: this.text.location.finish(),
      lsoaCode: this.text.lsoaCode.finish(),
      lsoaName: this.text.lsoaName.finish(),
      outcome: this.text.outcome.finish(),
      categoryText: this.text.categoryText.finish(),
    };
    if (!last) this.allocate();
    return batch;
  }

  get held(): number {
    return this.n;
  }

  /** Every (force, month) pair among the kept records (force "" when the file names none). */
  forceMonths(): ForceMonth[] {
    return [...this.monthsByForce].flatMap(([force, months]) => [...months].map((month) => ({ force, month })));
  }

  report(fileName: string, rowsRead: number, skips: SkipCollector): LoadReport {
    const months = new Set<number>();
    for (const set of this.monthsByForce.values()) for (const m of set) months.add(m);
    return {
      fileName,
      rowsRead,
      kept: this.kept,
      mapped: this.kept - this.noLocation,
      noLocation: this.noLocation,
      outsideArea: this.outsideArea,
      skipped: skips.list(),
      months: [...months].sort((a, b) => a - b).map(formatMonth),
      byMonth: [...this.perMonth]
        .sort(([a], [b]) => a - b)
        .map(([m, t]) => ({ month: formatMonth(m), rows: t.kept + t.outside, noLocation: t.noLocation, outside: t.outside, shown: t.kept - t.noLocation })),
      forces: [...this.monthsByForce.keys()].filter((f) => f !== '').sort(),
    };
  }

  /** For a whole-table reader: its one block and its report. */
  finish(fileName: string, rowsRead: number, skips: SkipCollector): { batch: IncidentBatch; report: LoadReport } {
    const report = this.report(fileName, rowsRead, skips);
    return { batch: this.takeBlock(true), report };
  }
}
