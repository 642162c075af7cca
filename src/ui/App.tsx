import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { countBreaks } from '../analysis/colorScale';
import { monthCoverage } from '../analysis/monthCoverage';
import { categoriesInMask, POLICE_UK_CATEGORIES } from '../domain/categories';
import { combineFingerprints } from '../domain/fingerprint';
import { formatMonth, parseMonth } from '../domain/months';
import type { Coordinator, ViewResult } from '../coordinator/coordinator';
import type { SourceRow } from '../db/sources';
import type { RecordFilter } from '../db/viewQueries';
import { AREA_NAME, KENT_DISTRICTS, THANET, THANET_WARDS, WARD_VINTAGE } from '../geo/boundaries';
import { hexLayer, wardLabelLayer, wardLabels, wardOutlineLayer, type HexHover } from '../map/layers';
import type { CellDetail } from '../db/cellQueries';
import { CellTooltip } from './CellTooltip';
import { MapView } from '../map/MapView';
import { AboutData } from './AboutData';
import { CategoryControl } from './CategoryControl';
import { FileLoader } from './FileLoader';
import { HeadlineStrip } from './HeadlineStrip';
import { Legend } from './Legend';
import { MonthRangeControl } from './MonthRangeControl';
import { resolutionLabel, ResolutionControl } from './ResolutionControl';
import { useViewState } from './useViewState';
import { WardControl } from './WardControl';
import bbox from '@turf/bbox';

const LABELS = wardLabels(THANET);

export function App({ coordinator, startError }: { coordinator: Coordinator | null; startError: string | null }) {
  const [state, update] = useViewState();
  const [months, setMonths] = useState<number[]>([]);
  const [sources, setSources] = useState<SourceRow[]>([]);
  const [result, setResult] = useState<ViewResult | null>(null);
  const [dataVersion, setDataVersion] = useState(0);
  const [hover, setHover] = useState<(HexHover & { detail: CellDetail | null }) | null>(null);

  useEffect(() => {
    if (!coordinator) return;
    void coordinator.monthsWithData().then(setMonths);
    void coordinator.sources().then(setSources);
  }, [coordinator, dataVersion]);

  const dataMin = months[0];
  const dataMax = months[months.length - 1];
  const from = clampMonth(parseMonth(state.months?.from ?? '') ?? dataMin, dataMin, dataMax);
  const to = clampMonth(parseMonth(state.months?.to ?? '') ?? dataMax, from, dataMax);
  const wardIndices = state.wards.map((c) => THANET.wardByCode(c)?.index).filter((i): i is number => i !== undefined);
  const categoryIds = categoriesInMask(state.categories).map((c) => POLICE_UK_CATEGORIES.indexOf(c));

  const filter: RecordFilter | null = months.length
    ? { fromMonth: from, toMonth: to, categories: categoryIds, wards: wardIndices }
    : null;
  const filterKey = JSON.stringify([filter, state.resolution, dataVersion]);

  useEffect(() => {
    if (!coordinator || !filter) return;
    let live = true;
    void coordinator.view(filter, state.resolution).then((o) => {
      if (live && o.ok) setResult(o.value);
    });
    return () => {
      live = false;
    };
    // filterKey captures every input of the query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, filterKey]);

  const hexData = useMemo(() => {
    if (!result) return null;
    const { cells, counts } = result.hex;
    const hexes = Array.from(cells, (c) => c.toString(16));
    const max = counts.reduce((m, v) => Math.max(m, v), 0);
    return { hexes, counts, breaks: countBreaks(max), max };
  }, [result]);

  const filterRef = useRef(filter);
  filterRef.current = filter;
  const onHexHover = useCallback(
    (h: HexHover | null) => {
      if (!h || !coordinator || !filterRef.current || !result) return setHover(null);
      setHover((prev) => ({ ...h, detail: prev?.index === h.index ? prev.detail : null }));
      void coordinator.cell(filterRef.current, state.resolution, result.hex.cells[h.index]).then((o) => {
        if (o.ok) setHover((prev) => (prev && prev.index === h.index ? { ...prev, detail: o.value } : prev));
      });
    },
    [coordinator, result, state.resolution],
  );
  useEffect(() => setHover(null), [result]);

  const selectedNames = useMemo(
    () => new Set(wardIndices.map((i) => THANET.wards[i].name)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.wards.join(',')],
  );
  const layers = useCallback(
    (zoom: number) => [
      ...(hexData && state.layers.hexagons ? [hexLayer(hexData, onHexHover)] : []),
      wardOutlineLayer(THANET_WARDS, state.wards),
      ...(state.layers.wardLabels ? [wardLabelLayer(LABELS, selectedNames, zoom)] : []),
    ],
    [hexData, onHexHover, selectedNames, state.layers, state.wards],
  );

  const fitBounds = useMemo(() => {
    if (wardIndices.length === 0) return THANET.bounds;
    const fc = { type: 'FeatureCollection' as const, features: wardIndices.map((i) => THANET.featureOf(i)) };
    return bbox(fc) as [number, number, number, number];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.wards.join(',')]);

  const coverage = months.length ? monthCoverage(months, from, to) : { withData: [], gaps: [] };
  const fingerprint = combineFingerprints(sources.map((s) => s.fingerprint));

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          harmspot <span className="muted">· {AREA_NAME} crime and ASB</span>
        </h1>
        <HeadlineStrip
          records={result ? result.totals.mapped : null}
          noLocation={result?.totals.noLocation ?? 0}
          monthsWithData={coverage.withData.length}
          monthsInRange={coverage.withData.length + coverage.gaps.length}
          gaps={coverage.gaps}
          wardNames={wardIndices.map((i) => THANET.wards[i].name)}
          areaName={AREA_NAME}
        />
      </header>
      <aside className="sidebar" aria-label="Filters">
        {startError && (
          <p role="alert" className="error">
            {startError}
          </p>
        )}
        {!coordinator && !startError && <p role="status">Starting the database…</p>}
        {months.length > 0 && (
          <MonthRangeControl
            min={dataMin}
            max={dataMax}
            from={from}
            to={to}
            withData={new Set(months)}
            onChange={(a, b) =>
              update({ months: a === dataMin && b === dataMax ? null : { from: formatMonth(a), to: formatMonth(b) } })
            }
          />
        )}
        <CategoryControl mask={state.categories} onChange={(categories) => update({ categories })} />
        <WardControl
          wards={THANET.wards}
          selected={state.wards}
          areaName={AREA_NAME}
          vintage={WARD_VINTAGE}
          onChange={(wards) => update({ wards, camera: null })}
        />
        <ResolutionControl value={state.resolution} onChange={(resolution) => update({ resolution })} />
        {coordinator && (
          <FileLoader coordinator={coordinator} areaName={AREA_NAME} onLoaded={() => setDataVersion((v) => v + 1)} />
        )}
        <AboutData sources={sources} fingerprint={fingerprint} />
      </aside>
      <main className="map-pane">
        <MapView
          wards={THANET_WARDS}
          districts={KENT_DISTRICTS}
          layers={layers}
          fitBounds={fitBounds}
          fitKey={state.wards.join(',')}
          camera={state.camera}
          onCameraChange={(camera) => update({ camera })}
        />
        {hover?.detail && <CellTooltip detail={hover.detail} x={hover.x} y={hover.y} />}
        {hexData && (
          <div className="map-legend">
            <Legend breaks={hexData.breaks} max={hexData.max} unit={`Records per hexagon — ${resolutionLabel(state.resolution)}`} />
          </div>
        )}
      </main>
    </div>
  );
}

function clampMonth(m: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, m));
}
