import { useEffect, useState } from 'react';
import { questionKey } from '../coordinator/scheduler';
import { useQuery } from './query/useQuery';
import { incompleteMonths } from '../analysis/monthQuality';
import type { Coordinator } from '../coordinator/coordinator';
import { COUNT_WEIGHTS, weightVector, type HarmScheme } from '../domain/harmSchemes';
import type { SourceRow } from '../db/sources';
import type { RecordFilter } from '../db/viewQueries';
import type { StreetLabels } from '../map/layers';

/**
 * What is loaded: months with data (null until the engine has said), sources, months flagged as possibly
 * incomplete, map points.
 */
export function useLoadedData(coordinator: Coordinator | null, dataVersion: number) {
  const [months, setMonths] = useState<number[] | null>(null);
  const [sources, setSources] = useState<SourceRow[]>([]);
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(new Set());
  const [points, setPoints] = useState<StreetLabels | null>(null);
  useEffect(() => {
    if (!coordinator) return;
    void coordinator.monthsWithData().then(setMonths);
    void coordinator.sources().then(setSources);
    void coordinator.publicationMonthTotals().then((t) => setFlagged(new Set(incompleteMonths(t.month, t.count).map((f) => f.month))));
    void coordinator.mapPoints().then(setPoints);
  }, [coordinator, dataVersion]);
  return { months, sources, flagged, points };
}

/** The view's figures for a filter; a newer filter supersedes an older one still waiting. */
export function useViewResult(
  coordinator: Coordinator | null,
  filter: RecordFilter | null,
  resolution: number,
  dataVersion: number,
  withLsoas: boolean,
) {
  const ask = coordinator && filter ? () => coordinator.view(filter, resolution, withLsoas) : null;
  return useQuery(ask, questionKey([filter, resolution, dataVersion, withLsoas])).value;
}

/** Records per month for a filter, over its whole range. */
export function useTrend(coordinator: Coordinator | null, filter: RecordFilter | null, dataVersion: number) {
  return useQuery(coordinator && filter ? () => coordinator.trend(filter) : null, questionKey([filter, dataVersion])).value;
}

/**
 * The study area's cells under the view's metric, and under Count and the harm scheme for the sensitivity
 * comparison (whichever the view is not using is computed as well).
 */
export function useStudyValues(
  coordinator: Coordinator | null,
  filter: RecordFilter | null,
  resolution: number,
  withinSelection: boolean,
  harm: boolean,
  scheme: HarmScheme,
  dataVersion: number,
) {
  const other = harm ? COUNT_WEIGHTS : weightVector(scheme);
  // The answer is labelled inside the question, so a metric switch never shows one metric's cells as the other's.
  const ask =
    coordinator && filter
      ? () =>
          coordinator.studyValues(filter, resolution, withinSelection, other).then((o) =>
            o.ok ? { ok: true as const, value: { current: o.value.current, count: harm ? o.value.compare : o.value.current, harm: harm ? o.value.current : o.value.compare } } : o,
          )
      : null;
  return useQuery(ask, questionKey([filter, resolution, withinSelection, harm, other, dataVersion])).value;
}

/** Day × hour figures for the filter. */
export function useDayHour(coordinator: Coordinator | null, filter: RecordFilter | null, dataVersion: number) {
  return useQuery(coordinator && filter ? () => coordinator.dayHour(filter) : null, questionKey([filter, dataVersion])).value;
}
