import { useEffect, useState } from 'react';
import { classifyPerception, classifyWardPerception, type PerceptionClass } from '../analysis/perception';
import type { Coordinator } from '../coordinator/coordinator';
import type { PerceptionFilter } from '../db/perceptionQueries';
import type { PerceptionSettings } from '../state/viewState';

export interface PerceptionArea {
  /** Ward index, or H3 cell id at the view's resolution. */
  key: number | string;
  answers: number;
  unsafe: number;
  harm: number;
  /** Per ward: harm per 1,000 residents per year (null without a population or month with data). Per cell: null. */
  rate: number | null;
  /** Per ward: share of answers "unsafe", 0–1 (null without answers). Per cell: null (counts are compared). */
  share: number | null;
  cls: PerceptionClass;
}

export interface PerceptionView {
  /** The level these areas were compared at (the settings may already ask for the other while this is shown). */
  level: 'ward' | 'cell';
  /** Months of the range with data, over which ward rates are annualised. */
  monthsWithData: number;
  total: number;
  ageBands: string[];
  reasons: string[];
  points: { lon: number[]; lat: number[]; unsafe: number[] } | null;
  cells: { hexes: string[]; answers: number[]; unsafe: number[] } | null;
  areas: PerceptionArea[];
  /** Median of the perception measure: the share "unsafe" per ward, the unsafe answers per cell. */
  perceptionMedian: number;
  /** Median of the harm measure: the rate per 1,000 residents per year per ward, the count or harm sum per cell. */
  harmMedian: number;
  /** The thresholds in force (the medians unless the view state overrides them). */
  perceptionThreshold: number;
  harmThreshold: number;
}

export const perceptionFilterOf = (s: PerceptionSettings): PerceptionFilter => ({
  ageBands: s.ageBands,
  dayNight: s.dayNight,
  reasons: s.reasons,
});

/**
 * Survey answers for the view and their four-way comparison with recorded harm: per ward by rate (the view's ward
 * figures per 1,000 residents per year, annualised over `monthsWithData`, against the share of answers "unsafe"),
 * or per cell by count (the view's hexagon figures against unsafe answers: a cell has no denominator).
 */
export function usePerception(
  coordinator: Coordinator | null,
  settings: PerceptionSettings,
  resolution: number,
  wardHarm: Float64Array | null,
  cellHarm: { cells: BigUint64Array; values: Float64Array } | null,
  dataVersion: number,
  wardPopulation: readonly number[],
  monthsWithData: number,
): PerceptionView | null {
  const [view, setView] = useState<PerceptionView | null>(null);
  const key = JSON.stringify([settings, resolution, dataVersion, wardHarm ? Array.from(wardHarm) : null, cellHarm?.values.length, monthsWithData]);
  useEffect(() => {
    if (!coordinator) return;
    let live = true;
    void (async () => {
      const options = await coordinator.perceptionOptions();
      if (options.total === 0) return live && setView(null);
      const f = perceptionFilterOf(settings);
      const points = settings.layer === 'points' ? await coordinator.perceptionPoints(f) : null;
      const byCell = settings.layer === 'cells' || settings.level === 'cell' ? await coordinator.perceptionByCell(f, resolution) : null;
      const thresholds = {
        minAnswers: settings.minAnswers,
        perceptionThreshold: settings.perceptionThreshold ?? undefined,
        harmThreshold: settings.harmThreshold ?? undefined,
      };
      let areas: PerceptionArea[];
      let medians: { perceptionMedian: number; harmMedian: number };
      if (settings.level === 'ward') {
        const byWard = await coordinator.perceptionByWard(f);
        const raw = Array.from(byWard.answers, (answers, ward) => ({
          key: ward,
          answers,
          unsafe: byWard.unsafe[ward],
          harm: wardHarm?.[ward] ?? 0,
          population: wardPopulation[ward] ?? 0,
        }));
        const c = classifyWardPerception(raw, { ...thresholds, monthsWithData });
        areas = raw.map((r, i) => ({ key: r.key, answers: r.answers, unsafe: r.unsafe, harm: r.harm, rate: c.rates[i], share: c.shares[i], cls: c.classes[i] }));
        medians = c;
      } else {
        const harmOf = new Map(cellHarm ? Array.from(cellHarm.cells, (c, i) => [c.toString(16), cellHarm.values[i]] as const) : []);
        const keys = new Set([...harmOf.keys(), ...Array.from(byCell!.cells, (c) => c.toString(16))]);
        const answersOf = new Map(Array.from(byCell!.cells, (c, i) => [c.toString(16), i] as const));
        const raw = [...keys].map((cell) => {
          const i = answersOf.get(cell);
          return { key: cell, answers: i === undefined ? 0 : byCell!.answers[i], unsafe: i === undefined ? 0 : byCell!.unsafe[i], harm: harmOf.get(cell) ?? 0 };
        });
        const c = classifyPerception(raw, thresholds);
        areas = raw.map((r, i) => ({ ...r, rate: null, share: null, cls: c.classes[i] }));
        medians = c;
      }
      if (!live) return;
      setView({
        level: settings.level,
        monthsWithData,
        total: options.total,
        ageBands: options.ageBands,
        reasons: options.reasons,
        points,
        cells: byCell ? { hexes: Array.from(byCell.cells, (x) => x.toString(16)), answers: byCell.answers, unsafe: byCell.unsafe } : null,
        areas,
        perceptionMedian: medians.perceptionMedian,
        harmMedian: medians.harmMedian,
        perceptionThreshold: thresholds.perceptionThreshold ?? medians.perceptionMedian,
        harmThreshold: thresholds.harmThreshold ?? medians.harmMedian,
      });
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return view;
}
