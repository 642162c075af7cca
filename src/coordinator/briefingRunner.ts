import { covered, previousPeriod, yearEarlier, type Period } from '../analysis/periods';
import type { SqlConnection } from '../db/connection';
import { cellDetail } from '../db/cellQueries';
import { monthsWithData, topLocations, totals, wardCounts, type RecordFilter } from '../db/viewQueries';
import type { AreaIndex } from '../geo/areaIndex';
import type { HotSpotRunner } from './hotSpotRunner';

/** The numbers of a briefing slide (labels are the view's business). */
export interface SlideNumbers {
  total: number;
  count: number;
  previous: number | null;
  yearEarlier: number | null;
  previousPeriod: Period;
  yearPeriod: Period;
  parts: number[];
  topLocations: { location: string; ward: string; value: number; count: number }[];
  hotSpots: number;
  newHotSpots: number;
  newHotSpotNear: string | null;
}

const HOT = 2; // Gi_Bin ≥ 2: a hot spot at 95 % confidence or more

/** Computes a slide's figures from the loaded data, each from the same queries the dashboard uses. */
export async function slideNumbers(
  conn: SqlConnection,
  area: AreaIndex,
  runner: HotSpotRunner,
  filter: RecordFilter,
  resolution: number,
): Promise<SlideNumbers> {
  const have = new Set(await monthsWithData(conn));
  const period = { from: filter.fromMonth, to: filter.toMonth };
  const prevP = previousPeriod(period);
  const yearP = yearEarlier(period);
  const valueOver = async (p: Period) => (await totals(conn, { ...filter, fromMonth: p.from, toMonth: p.to })).value;
  const now = await totals(conn, filter);
  const wards = await wardCounts(conn, filter, area.wards.length);
  const inView = filter.wards.length ? filter.wards : area.wards.map((w) => w.index);
  const settings = { k: 1, fdr: true, withinSelection: false };
  const hot = await runner.hotSpots(filter, resolution, settings);
  const hotNow = new Set(hot.cells.filter((_, i) => hot.shown[i] && hot.bin[i] >= HOT));
  let newHot: string[] = [];
  if (covered(prevP, have)) {
    const before = await runner.hotSpots({ ...filter, fromMonth: prevP.from, toMonth: prevP.to }, resolution, settings);
    const hotBefore = new Set(before.cells.filter((_, i) => before.bin[i] >= HOT));
    newHot = [...hotNow].filter((c) => !hotBefore.has(c));
  }
  let near: string | null = null;
  if (newHot.length) {
    const busiest = newHot.map((c) => ({ c, v: hot.values[hot.cells.indexOf(c)] })).sort((a, b) => b.v - a.v)[0].c;
    const detail = await cellDetail(conn, filter, resolution, BigInt(`0x${busiest}`));
    near = detail.topLocations[0]?.label.replace(/^On or near\s+/i, '') ?? null;
  }
  return {
    total: now.value,
    count: now.mapped,
    previous: covered(prevP, have) ? await valueOver(prevP) : null,
    yearEarlier: covered(yearP, have) ? await valueOver(yearP) : null,
    previousPeriod: prevP,
    yearPeriod: yearP,
    parts: inView.map((i) => wards.counts[i]),
    topLocations: await topLocations(conn, filter, 5),
    hotSpots: hotNow.size,
    newHotSpots: newHot.length,
    newHotSpotNear: near,
  };
}
