import { useMemo } from 'react';
import { questionKey, type Outcome } from '../coordinator/scheduler';
import { useQuery } from './query/useQuery';
import type { EmergingClass } from '../analysis/emerging';
import { EMERGING_COLORS, GI_BIN_COLORS } from '../analysis/palettes';
import type { Coordinator } from '../coordinator/coordinator';
import type { EmergingCells, HotSpotCells } from '../coordinator/hotSpotRunner';
import type { RecordFilter } from '../db/viewQueries';
import type { AnalysisLayerData } from '../map/layers';
import type { AnalysisSettings } from '../state/viewState';
import type { AnalysisCellInfo } from './AnalysisTooltip';

/** What the analysis question answers: Gi* cells, or emerging classes with the months they left out. */
type Answer = { kind: 'gistar'; gi: HotSpotCells; leftOut: number[] } | { kind: 'emerging'; em: EmergingCells; leftOut: number[] };

export type AnalysisView =
  | { kind: 'gistar'; result: HotSpotCells; layer: AnalysisLayerData; index: number[]; binCounts: Map<number, number> }
  | {
      kind: 'emerging';
      result: EmergingCells;
      layer: AnalysisLayerData;
      index: number[];
      classCounts: Map<EmergingClass, number>;
      leftOut: number[];
    };

/**
 * Runs the chosen hot-spot analysis for the view and shapes it for the map: only the cells of the selected
 * wards are drawn, `index` maps a drawn cell back to its study-area position.
 */
export function useAnalysis(
  coordinator: Coordinator | null,
  filter: RecordFilter | null,
  resolution: number,
  settings: AnalysisSettings,
  monthsWithData: number[],
  flagged: ReadonlySet<number>,
  dataVersion: number,
): AnalysisView | null {
  const inRange = filter ? monthsWithData.filter((m) => m >= filter.fromMonth && m <= filter.toMonth) : [];
  const leftOut = settings.includeIncomplete ? [] : inRange.filter((m) => flagged.has(m));
  const steps = inRange.filter((m) => !leftOut.includes(m));
  const layer = settings.layer;
  const ask =
    coordinator && filter && layer !== 'none'
      ? async (): Promise<Outcome<Answer>> => {
          if (layer === 'gistar') {
            const o = await coordinator.hotSpots(filter, resolution, settings);
            return o.ok ? { ok: true, value: { kind: 'gistar', gi: o.value, leftOut } } : o;
          }
          const o = await coordinator.emerging(filter, resolution, settings, steps);
          return o.ok ? { ok: true, value: { kind: 'emerging', em: o.value, leftOut } } : o;
        }
      : null;
  const answer = useQuery(ask, questionKey([filter, resolution, settings, steps, dataVersion])).value;

  return useMemo(() => {
    if (layer === 'gistar' && answer?.kind === 'gistar') {
      const gi = answer.gi;
      const index = gi.cells.map((_, i) => i).filter((i) => gi.shown[i]);
      const binCounts = new Map<number, number>();
      for (const i of index) binCounts.set(gi.bin[i], (binCounts.get(gi.bin[i]) ?? 0) + 1);
      return {
        kind: 'gistar',
        result: gi,
        index,
        binCounts,
        layer: { hexes: index.map((i) => gi.cells[i]), colors: index.map((i) => GI_BIN_COLORS[gi.bin[i]]) },
      };
    }
    if (layer === 'emerging' && answer?.kind === 'emerging') {
      const { em, leftOut } = answer;
      const index = em.cells.map((_, i) => i).filter((i) => em.shown[i]);
      const classCounts = new Map<EmergingClass, number>();
      for (const i of index) classCounts.set(em.classes[i], (classCounts.get(em.classes[i]) ?? 0) + 1);
      return {
        kind: 'emerging',
        result: em,
        index,
        classCounts,
        leftOut,
        layer: { hexes: index.map((i) => em.cells[i]), colors: index.map((i) => EMERGING_COLORS[em.classes[i]]) },
      };
    }
    return null;
  }, [layer, answer]);
}

/** The hover card's content for a drawn analysis cell. */
export function analysisCellInfo(view: AnalysisView, drawn: number, harm: boolean): AnalysisCellInfo {
  const i = view.index[drawn];
  if (view.kind === 'gistar') {
    const r = view.result;
    const side = r.bin[i] > 0 ? 'Hot spot' : r.bin[i] < 0 ? 'Cold spot' : 'Not significant';
    const level = [0, 90, 95, 99][Math.abs(r.bin[i])];
    return {
      title: level ? `${side}, ${level} % confidence` : side,
      count: r.counts[i],
      value: harm ? r.values[i] : null,
      z: r.z[i],
      p: r.p[i],
      pAdjusted: r.pAdjusted[i],
      points: r.points[i],
      topPointShare: r.topPointShare[i],
    };
  }
  return {
    title: view.result.classes[i],
    count: harm ? NaN : view.result.totals[i],
    value: harm ? view.result.totals[i] : null,
  };
}
