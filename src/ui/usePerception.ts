import { useEffect, useState } from 'react';
import { classifyPerception, type PerceptionClass } from '../analysis/perception';
import type { Coordinator } from '../coordinator/coordinator';
import type { PerceptionFilter } from '../db/perceptionQueries';
import type { PerceptionSettings } from '../state/viewState';

export interface PerceptionArea {
  /** Ward index, or H3 cell id at the view's resolution. */
  key: number | string;
  answers: number;
  unsafe: number;
  harm: number;
  cls: PerceptionClass;
}

export interface PerceptionView {
  total: number;
  ageBands: string[];
  reasons: string[];
  points: { lon: number[]; lat: number[]; unsafe: number[] } | null;
  cells: { hexes: string[]; answers: number[]; unsafe: number[] } | null;
  areas: PerceptionArea[];
  perceptionMedian: number;
  harmMedian: number;
}

export const perceptionFilterOf = (s: PerceptionSettings): PerceptionFilter => ({
  ageBands: s.ageBands,
  dayNight: s.dayNight,
  reasons: s.reasons,
});

/**
 * Survey answers for the view and their four-way comparison with recorded harm, per ward (the harm comes
 * from the view's ward figures) or per cell (from the view's hexagon figures).
 */
export function usePerception(
  coordinator: Coordinator | null,
  settings: PerceptionSettings,
  resolution: number,
  wardHarm: Float64Array | null,
  cellHarm: { cells: BigUint64Array; values: Float64Array } | null,
  dataVersion: number,
): PerceptionView | null {
  const [view, setView] = useState<PerceptionView | null>(null);
  const key = JSON.stringify([settings, resolution, dataVersion, wardHarm ? Array.from(wardHarm) : null, cellHarm?.values.length]);
  useEffect(() => {
    if (!coordinator) return;
    let live = true;
    void (async () => {
      const options = await coordinator.perceptionOptions();
      if (options.total === 0) return live && setView(null);
      const f = perceptionFilterOf(settings);
      const points = settings.layer === 'points' ? await coordinator.perceptionPoints(f) : null;
      const byCell = settings.layer === 'cells' || settings.level === 'cell' ? await coordinator.perceptionByCell(f, resolution) : null;
      let raw: { key: number | string; answers: number; unsafe: number; harm: number }[];
      if (settings.level === 'ward') {
        const byWard = await coordinator.perceptionByWard(f);
        raw = Array.from(byWard.answers, (answers, ward) => ({ key: ward, answers, unsafe: byWard.unsafe[ward], harm: wardHarm?.[ward] ?? 0 }));
      } else {
        const harmOf = new Map(cellHarm ? Array.from(cellHarm.cells, (c, i) => [c.toString(16), cellHarm.values[i]] as const) : []);
        const keys = new Set([...harmOf.keys(), ...Array.from(byCell!.cells, (c) => c.toString(16))]);
        const answersOf = new Map(Array.from(byCell!.cells, (c, i) => [c.toString(16), i] as const));
        raw = [...keys].map((cell) => {
          const i = answersOf.get(cell);
          return { key: cell, answers: i === undefined ? 0 : byCell!.answers[i], unsafe: i === undefined ? 0 : byCell!.unsafe[i], harm: harmOf.get(cell) ?? 0 };
        });
      }
      const c = classifyPerception(raw, {
        minAnswers: settings.minAnswers,
        perceptionThreshold: settings.perceptionThreshold ?? undefined,
        harmThreshold: settings.harmThreshold ?? undefined,
      });
      if (!live) return;
      setView({
        total: options.total,
        ageBands: options.ageBands,
        reasons: options.reasons,
        points,
        cells: byCell ? { hexes: Array.from(byCell.cells, (x) => x.toString(16)), answers: byCell.answers, unsafe: byCell.unsafe } : null,
        areas: raw.map((r, i) => ({ ...r, cls: c.classes[i] })),
        perceptionMedian: c.perceptionMedian,
        harmMedian: c.harmMedian,
      });
    })();
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return view;
}
