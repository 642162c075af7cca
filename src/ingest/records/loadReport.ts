/** What happened to every row of one file: nothing is dropped without being counted here. */
export interface SkipGroup {
  /** Plain-English reason, e.g. "Crime type is not a police.uk category". */
  reason: string;
  /** The column at fault, when one is. */
  column?: string;
  count: number;
  /** Spreadsheet-style row numbers (header = row 1) of the first few rows affected. */
  rows: number[];
}

export interface LoadReport {
  fileName: string;
  /** Data rows read (header excluded). */
  rowsRead: number;
  /** Rows stored: mapped + without location. */
  kept: number;
  /** Rows stored with a point inside the area. */
  mapped: number;
  /** Rows stored without coordinates: counted, kept off the map. */
  noLocation: number;
  /** Rows whose point lies outside the area: counted, not stored. */
  outsideArea: number;
  /** Rows that could not be read: counted, not stored, grouped by reason. */
  skipped: SkipGroup[];
  /** Months present among the kept rows, "YYYY-MM", ascending. */
  months: string[];
  /** Forces ("Falls within") present among the kept rows. */
  forces: string[];
  /**
   * Per month of the readable rows: rows − without location − outside = shown on the map. Unreadable rows
   * (`skipped`) have no month they can be trusted with, so they are listed apart. Absent in reports stored by
   * earlier versions.
   */
  byMonth?: MonthReconciliation[];
}

export interface MonthReconciliation {
  month: string;
  rows: number;
  noLocation: number;
  outside: number;
  shown: number;
}

const ROWS_LISTED = 5;

/** Collects skipped rows into groups by reason and column. */
export class SkipCollector {
  private readonly groups = new Map<string, SkipGroup>();

  add(row: number, reason: string, column?: string): void {
    const key = `${column ?? ''}\u0000${reason}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { reason, column, count: 0, rows: [] };
      this.groups.set(key, group);
    }
    group.count++;
    if (group.rows.length < ROWS_LISTED) group.rows.push(row);
  }

  get total(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.count;
    return n;
  }

  list(): SkipGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count);
  }
}

export function skippedTotal(report: LoadReport): number {
  return report.skipped.reduce((n, g) => n + g.count, 0);
}

/** "kept 2,178 inside Thanet; 14,512 outside the area; 3 without a location; 2 unreadable" */
export function summariseReport(report: LoadReport, areaName: string): string {
  const f = (n: number) => n.toLocaleString('en-GB');
  const parts = [`kept ${f(report.mapped)} inside ${areaName}`];
  if (report.outsideArea) parts.push(`${f(report.outsideArea)} outside the area`);
  if (report.noLocation) parts.push(`${f(report.noLocation)} without a location (not mapped)`);
  const bad = skippedTotal(report);
  if (bad) parts.push(`${f(bad)} unreadable`);
  return parts.join('; ');
}
