import { useEffect, useState } from 'react';
import { incompleteMonths } from '../analysis/monthQuality';
import type { Coordinator, ViewResult } from '../coordinator/coordinator';
import type { StudyValues } from '../coordinator/hotSpotRunner';
import { COUNT_WEIGHTS, weightVector, type HarmScheme } from '../domain/harmSchemes';
import type { SourceRow } from '../db/sources';
import type { MonthSeries, RecordFilter } from '../db/viewQueries';
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
  const [result, setResult] = useState<ViewResult | null>(null);
  const key = JSON.stringify([filter, resolution, dataVersion, withLsoas]);
  useEffect(() => {
    if (!coordinator || !filter) return;
    let live = true;
    void coordinator.view(filter, resolution, withLsoas).then((o) => {
      if (live && o.ok) setResult(o.value);
    });
    return () => {
      live = false;
    };
    // `key` captures every input of the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return result;
}

/** Records per month for a filter, over its whole range. */
export function useTrend(coordinator: Coordinator | null, filter: RecordFilter | null, dataVersion: number) {
  const [trend, setTrend] = useState<MonthSeries | null>(null);
  const key = JSON.stringify([filter, dataVersion]);
  useEffect(() => {
    if (!coordinator || !filter) return;
    let live = true;
    void coordinator.trend(filter).then((o) => {
      if (live && o.ok) setTrend(o.value);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return trend;
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
  const [study, setStudy] = useState<{ current: StudyValues; count: StudyValues; harm: StudyValues } | null>(null);
  const other = harm ? COUNT_WEIGHTS : weightVector(scheme);
  const key = JSON.stringify([filter, resolution, withinSelection, other, dataVersion]);
  useEffect(() => {
    if (!coordinator || !filter) return;
    let live = true;
    void coordinator.studyValues(filter, resolution, withinSelection, other).then((o) => {
      if (!live || !o.ok) return;
      const { current, compare } = o.value;
      setStudy({ current, count: harm ? compare : current, harm: harm ? current : compare });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return study;
}

/** Day × hour figures for the filter. */
export function useDayHour(coordinator: Coordinator | null, filter: RecordFilter | null, dataVersion: number) {
  const [table, setTable] = useState<{ values: Float64Array; noTime: number } | null>(null);
  const key = JSON.stringify([filter, dataVersion]);
  useEffect(() => {
    if (!coordinator || !filter) return;
    let live = true;
    void coordinator.dayHour(filter).then((o) => live && o.ok && setTable(o.value));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return table;
}
