import { formatMonth } from '../domain/months';
import type { IncidentBatch } from './incidentBatch';
import type { LoadReport } from './loadReport';
import type { SkipCollector } from './loadReport';
import type { PointInfo } from './pointEnricher';

/** One record as a reader has validated it; text fields default to empty. */
export interface IncidentRecord {
  month: number;
  category: number;
  lon: number;
  lat: number;
  place: Pick<PointInfo, 'ward' | 'cell' | 'point'>;
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
export const NO_PLACE = { ward: -1, cell: 0n, point: -1 } as const;

/**
 * Collects validated records into an IncidentBatch and keeps the counts of the load report, so every
 * reader (police.uk, mapped council files) reports in the same terms.
 */
export class BatchBuilder {
  private kept = 0;
  private noLocation = 0;
  outsideArea = 0;
  private readonly month: Int16Array;
  private readonly category: Int8Array;
  private readonly lon: Float64Array;
  private readonly lat: Float64Array;
  private readonly ward: Int16Array;
  private readonly cell: BigUint64Array;
  private readonly point: Int32Array;
  private readonly occurredMs: Float64Array;
  private readonly text = {
    crimeId: [] as string[],
    force: [] as string[],
    location: [] as string[],
    lsoaCode: [] as string[],
    lsoaName: [] as string[],
    outcome: [] as string[],
    categoryText: [] as string[],
  };
  private readonly months = new Set<number>();
  private readonly forces = new Set<string>();

  constructor(capacity: number) {
    this.month = new Int16Array(capacity);
    this.category = new Int8Array(capacity);
    this.lon = new Float64Array(capacity);
    this.lat = new Float64Array(capacity);
    this.ward = new Int16Array(capacity);
    this.cell = new BigUint64Array(capacity);
    this.point = new Int32Array(capacity);
    this.occurredMs = new Float64Array(capacity);
  }

  push(r: IncidentRecord): void {
    const k = this.kept++;
    if (r.place.ward < 0) this.noLocation++;
    this.month[k] = r.month;
    this.category[k] = r.category;
    this.lon[k] = r.lon;
    this.lat[k] = r.lat;
    this.ward[k] = r.place.ward;
    this.cell[k] = r.place.cell;
    this.point[k] = r.place.point;
    this.occurredMs[k] = r.occurredMs ?? NaN;
    const t = this.text;
    t.crimeId.push(r.crimeId ?? '');
    t.force.push(r.force ?? '');
    t.location.push(r.location ?? '');
    t.lsoaCode.push(r.lsoaCode ?? '');
    t.lsoaName.push(r.lsoaName ?? '');
    t.outcome.push(r.outcome ?? '');
    t.categoryText.push(r.categoryText ?? '');
    this.months.add(r.month);
    if (r.force) this.forces.add(r.force);
  }

  finish(fileName: string, rowsRead: number, skips: SkipCollector): { batch: IncidentBatch; report: LoadReport } {
    const n = this.kept;
    const batch: IncidentBatch = {
      length: n,
      month: this.month.slice(0, n),
      category: this.category.slice(0, n),
      lon: this.lon.slice(0, n),
      lat: this.lat.slice(0, n),
      ward: this.ward.slice(0, n),
      cell: this.cell.slice(0, n),
      point: this.point.slice(0, n),
      occurredMs: this.occurredMs.slice(0, n),
      ...this.text,
    };
    const report: LoadReport = {
      fileName,
      rowsRead,
      kept: n,
      mapped: n - this.noLocation,
      noLocation: this.noLocation,
      outsideArea: this.outsideArea,
      skipped: skips.list(),
      months: [...this.months].sort((a, b) => a - b).map(formatMonth),
      forces: [...this.forces].sort(),
    };
    return { batch, report };
  }
}
