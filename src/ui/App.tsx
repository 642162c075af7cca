import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import bbox from '@turf/bbox';
import { countBreaks, quantileBreaks } from '../analysis/colorScale';
import { monthCoverage } from '../analysis/monthCoverage';
import { ratePer1000 } from '../analysis/wardRates';
import { ALL_CATEGORIES_MASK, categoriesInMask, groupForMask, POLICE_UK_CATEGORIES } from '../domain/categories';
import { combineFingerprints } from '../domain/fingerprint';
import { COUNT_WEIGHTS, weightVector } from '../domain/harmSchemes';
import { HarmControl, placeholderNote } from './HarmControl';
import { formatMonth, parseMonth } from '../domain/months';
import type { Coordinator } from '../coordinator/coordinator';
import type { CellDetail } from '../db/cellQueries';
import type { RecordFilter } from '../db/viewQueries';
import {
  AREA_NAME,
  KENT_DISTRICTS,
  LSOA_POPULATION,
  THANET,
  THANET_LSOAS,
  THANET_WARDS,
  WARD_POPULATION,
  WARD_VINTAGE,
} from '../geo/boundaries';
import {
  analysisLayer,
  contextLayers,
  hexLayer,
  lsoaRateLayer,
  streetLabelLayers,
  type HexHover,
} from '../map/layers';
import { wardLabels, type WardOverlayProps } from '../map/wardOverlay';
import { MapView, type MapApi } from '../map/MapView';
import { applies, DEFAULT_DISCLOSURE, ruleText, showTotal, suppressedCells } from '../analysis/disclosure';
import { loadStoredDeck, slideOf, slideView, storeDeck, type BriefingDeck } from '../state/deck';
import type { ViewState } from '../state/viewState';
import type { BriefingPage } from '../export/briefingPdf';
import { BriefingControl } from './BriefingControl';
import { clearLocalData, rememberLoad } from '../state/localStore';
import type { Restored } from './restoreLoads';
import type { FirstPaint } from '../ingest/policeUk/embeddedManifest';
import { PresentPanel } from './PresentPanel';
import { useSlideFigures } from './useSlideFigures';
import { download } from './download';
import { composeMapPng } from './mapPng';
import { BOUNDARY_ATTRIBUTION } from '../geo/boundaries';
import { AboutData } from './AboutData';
import { CategoryControl } from './CategoryControl';
import { CellTooltip } from './CellTooltip';
import { DetailPanel } from './DetailPanel';
import { FileLoader } from './FileLoader';
import { FirstPaintOverlay, markOnce } from '../boot/FirstPaintOverlay';
import { HeadlineStrip } from './HeadlineStrip';
import { LayerControl } from './LayerControl';
import { Legend } from './Legend';
import { MonthRangeControl } from './MonthRangeControl';
import { PlaybackControl } from './PlaybackControl';
import { resolutionLabel, ResolutionControl } from './ResolutionControl';
import { formatCount, formatMonthRuns } from './format';
import { TrendChart, type TrendSeries } from './TrendChart';
import { useLoadedData, useTrend, useViewResult } from './useViewData';
import { usePlayback } from './usePlayback';
import { useViewState } from './useViewState';
import { useFileLoad } from './useFileLoad';
import { summariseAnswers } from './answersSummary';
import { perceptionLayers } from './perceptionLayers';
import { waitFor } from './waitFor';
import { analysisCellInfo, useAnalysis } from './useAnalysis';
import { AnalysisControl } from './AnalysisControl';
import { EmergingLegend, GiLegend } from './AnalysisLegend';
import { AnalysisTooltip } from './AnalysisTooltip';
import { BacktestPanel } from './BacktestPanel';
import { ConcentrationPanel } from './ConcentrationPanel';
import { SensitivityPanel } from './SensitivityPanel';
import { ExportControl } from './ExportControl';
import { emergingExportRows, hexExportRows, hotSpotExportRows, wardOfCell, withDisclosure } from '../export/exportRows';
import { useDayHour, useStudyValues } from './useViewData';
import { PerceptionControl } from './PerceptionControl';
import { ContextControl, type LoadedContext } from './ContextControl';
import { ContextPanel } from './ContextPanel';
import { HotSpotTable } from './HotSpotTable';
import { PerceptionLegend, PerceptionPanel } from './PerceptionPanel';
import { usePerception } from './usePerception';
import { TimeControl } from './TimeControl';
import { SourcesControl } from './SourcesControl';
import { DayHourTable } from './DayHourTable';
import { hoursInRange } from '../domain/timeOfDay';
import { WardControl } from './WardControl';
import { WardTable } from './WardTable';

const LABELS = wardLabels(THANET);

interface Pinned {
  cell: bigint;
  detail: CellDetail | null;
  monthly: TrendSeries | null;
}

interface AppProps {
  coordinator: Coordinator | null;
  startError: string | null;
  /** What was restored from this browser's storage at start-up. */
  restored?: Restored;
  /** Something the user must know about the engine (e.g. it was restarted). */
  notice?: string;
  /** The default view's hexagons, precomputed, drawn while the engine starts. */
  firstPaint?: FirstPaint;
}

export function App({ coordinator, startError, restored, notice, firstPaint }: AppProps) {
  const [state, update] = useViewState();
  const [dataVersion, setDataVersion] = useState(0);
  const loaded = useLoadedData(coordinator, dataVersion);
  const { sources, flagged, points } = loaded;
  // Until the engine has said which months are loaded, those of the first paint (the embedded data) stand in,
  // so that the first view's question is asked at once and the layout does not jump when the answer comes.
  const months = loaded.months ?? firstPaint?.months ?? [];
  const [hover, setHover] = useState<(HexHover & { detail: CellDetail | null }) | null>(null);
  const [pinned, setPinned] = useState<Pinned | null>(null);
  const fileLoad = useFileLoad(coordinator, useCallback(() => setDataVersion((v) => v + 1), []));
  const [dragging, setDragging] = useState(false);

  const dataMin = months[0];
  const dataMax = months[months.length - 1];
  const from = clamp(parseMonth(state.months?.from ?? '') ?? dataMin, dataMin, dataMax);
  const to = clamp(parseMonth(state.months?.to ?? '') ?? dataMax, from, dataMax);
  const wardIndices = state.wards.map((c) => THANET.wardByCode(c)?.index).filter((i): i is number => i !== undefined);
  const categoryIds = categoriesInMask(state.categories).map((c) => POLICE_UK_CATEGORIES.indexOf(c));
  const harm = state.metric === 'harm';
  const weights = harm ? weightVector(state.scheme) : COUNT_WEIGHTS;
  const hours = hoursInRange(state.hours);
  const includedSources = state.excludedSources.length
    ? sources.filter((s) => !state.excludedSources.includes(s.fingerprint)).map((s) => s.sourceId)
    : [];
  const baseFilter: RecordFilter | null = useMemo(
    () =>
      months.length
        ? {
            fromMonth: from,
            toMonth: to,
            categories: categoryIds,
            wards: wardIndices,
            weights,
            hours,
            days: state.days,
            // Every source left out: −1 matches no source, so nothing is counted rather than everything.
            sources: state.excludedSources.length && includedSources.length === 0 ? [-1] : includedSources,
          }
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [months.length, from, to, state.categories, state.wards.join(','), weights.join(','), hours.join(','), state.days.join(','), includedSources.join(',')],
  );
  // Council and police.uk ASB can be the same incidents: a total that adds them must say so.
  const asbIn = (state.categories & 1) === 1;
  const includedKinds = new Set(sources.filter((s) => !state.excludedSources.includes(s.fingerprint)).map((s) => s.kind));
  const mayDoubleCount = asbIn && includedKinds.has('police.uk') && includedKinds.has('council');
  const timeFiltered = hours.length > 0 || state.days.length > 0;
  const metricName = harm ? `Harm (${state.scheme.name})` : 'Records';
  const unverified = harm ? placeholderNote(state.scheme) : null;

  const playback = usePlayback(coordinator, baseFilter, state.resolution, state.playbackMonths);
  const filter: RecordFilter | null =
    baseFilter && playback.window ? { ...baseFilter, fromMonth: playback.window[0], toMonth: playback.window[1] } : baseFilter;
  const result = useViewResult(coordinator, filter, state.resolution, dataVersion, state.layers.lsoaRates);
  // Headline figures describe what the map shows: the playback window while playing.
  const shown = playback.window ?? [from, to];
  const coverage = months.length ? monthCoverage(months, shown[0], shown[1]) : { withData: [], gaps: [] };
  const dayHour = useDayHour(coordinator, baseFilter, dataVersion);
  const perception = usePerception(
    coordinator,
    state.perception,
    state.resolution,
    result?.wardCounts.values ?? null,
    result ? { cells: result.hex.cells, values: result.hex.values } : null,
    dataVersion,
    WARD_POPULATION,
    coverage.withData.length,
  );
  const [perceptionStatus, setPerceptionStatus] = useState<string | null>(null);
  const [contexts, setContexts] = useState<LoadedContext[]>(restored?.contexts ?? []);
  const [contextMetres, setContextMetres] = useState(200);
  const [contextStatus, setContextStatus] = useState<string | null>(null);
  const perceptionLayer = perception ? state.perception.layer : 'off';
  const perceptionHidesHexes = perceptionLayer === 'cells' || perceptionLayer === 'fourway';
  const analysis = useAnalysis(coordinator, baseFilter, state.resolution, state.analysis, months, flagged, dataVersion);
  const analysisOn = state.analysis.layer !== 'none';
  const [analysisHover, setAnalysisHover] = useState<HexHover | null>(null);
  const study = useStudyValues(coordinator, baseFilter, state.resolution, state.analysis.withinSelection, harm, state.scheme, dataVersion);
  // The trend always covers the whole range; a playback window is highlighted on it.
  const trend = useTrend(coordinator, baseFilter, dataVersion);

  // Briefing: slides of views, presented full screen or written to a PDF pack, with disclosure control.
  const [deck, setDeckState] = useState<BriefingDeck>(loadStoredDeck);
  const setDeck = (d: BriefingDeck) => {
    setDeckState(d);
    storeDeck(d);
  };
  const [presenting, setPresenting] = useState<number | null>(null);
  const [pdfBusy, setPdfBusy] = useState<string | null>(null);
  const pdfCancelled = useRef(false);
  const viewBeforeBriefing = useRef<ViewState | null>(null);
  const mapApi = useRef<MapApi | null>(null);
  const briefingOn = presenting !== null || pdfBusy !== null;
  const inViewCategories = categoriesInMask(state.categories);
  const disclosureApplies = briefingOn && applies(DEFAULT_DISCLOSURE, inViewCategories);
  const rule = disclosureApplies ? DEFAULT_DISCLOSURE : null;

  const hexData = useMemo(() => {
    if (!result) return null;
    const { cells, values } = result.hex;
    const hexes = Array.from(cells, (c) => c.toString(16));
    const max = playback.fixedMax ?? values.reduce((m, v) => Math.max(m, v), 0);
    const suppressed = rule ? suppressedCells(result.hex.counts, rule) : undefined;
    // Under disclosure control the colour classes start at the threshold; below it is the grey band.
    const breaks = rule ? [rule.threshold, ...countBreaks(max).filter((b) => b > rule.threshold)] : countBreaks(max);
    return { hexes, counts: values, breaks, max, suppressed };
  }, [result, playback.fixedMax, rule]);
  // Until the engine answers, the default view is drawn from the precomputed first paint.
  const isDefaultView =
    state.wards.length === 0 && state.months === null && state.categories === ALL_CATEGORIES_MASK && state.resolution === 9 &&
    state.metric === 'count' && !state.hours && state.days.length === 0 && state.excludedSources.length === 0;
  const firstHexData = useMemo(() => {
    if (!firstPaint || firstPaint.resolution !== 9) return null;
    const max = Math.max(0, ...firstPaint.counts);
    return { hexes: firstPaint.cells, counts: Float64Array.from(firstPaint.counts), breaks: countBreaks(max), max };
  }, [firstPaint]);
  const shownHexData = hexData ?? (!result && isDefaultView ? firstHexData : null);
  // The SVG first paint (src/boot) stays over the map until the map has drawn everything once.
  const [mapDrawn, setMapDrawn] = useState(false);
  const interactive = useRef(false);
  useEffect(() => {
    if (shownHexData && mapDrawn) markOnce('harmspot:first-hexagons');
    // Fully interactive: the engine's first answer is on the map. Once only, not on every later answer.
    if (coordinator && result && mapDrawn && !interactive.current) {
      interactive.current = true;
      void mapApi.current?.layersDrawn().then(() => {
        markOnce('harmspot:interactive');
        coordinator.warmReaders();
      });
    }
  }, [shownHexData, coordinator, result, mapDrawn]);

  const lsoaRates = useMemo(() => {
    if (!result) return null;
    const rates = new Map<string, number>();
    for (const [code, pop] of LSOA_POPULATION) rates.set(code, ratePer1000(result.lsoaCounts.get(code) ?? 0, pop) ?? 0);
    const max = Math.max(0, ...rates.values());
    return { rateOf: (code: string) => rates.get(code) ?? null, breaks: quantileBreaks([...rates.values()], 5), max };
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
  const onHexClick = useCallback(
    (index: number) => {
      if (!result) return;
      setPinned({ cell: result.hex.cells[index], detail: null, monthly: null });
    },
    [result],
  );
  useEffect(() => setHover(null), [result]);

  // The pinned hexagon follows the filters (not the playback window: its chart shows the whole range).
  const pinnedCell = pinned?.cell;
  useEffect(() => {
    if (!coordinator || !baseFilter || pinnedCell === undefined) return;
    let live = true;
    void Promise.all([
      coordinator.cell(baseFilter, state.resolution, pinnedCell),
      coordinator.cellMonthly(baseFilter, state.resolution, pinnedCell),
    ]).then(([d, monthly]) => {
      if (live) setPinned((p) => (p && p.cell === pinnedCell ? { ...p, detail: d.ok ? d.value : p.detail, monthly } : p));
    });
    return () => {
      live = false;
    };
  }, [coordinator, baseFilter, state.resolution, pinnedCell, dataVersion]);
  useEffect(() => setPinned(null), [state.resolution]);

  const selectedNames = useMemo(
    () => new Set(wardIndices.map((i) => THANET.wards[i].name)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.wards.join(',')],
  );
  const layers = useCallback(
    (zoom: number) => [
      ...(lsoaRates && state.layers.lsoaRates ? [lsoaRateLayer(THANET_LSOAS, lsoaRates.rateOf, lsoaRates.breaks)] : []),
      ...(shownHexData && state.layers.hexagons && !analysisOn && !perceptionHidesHexes ? [hexLayer(shownHexData, onHexHover, onHexClick)] : []),
      ...perceptionLayers(perception, perceptionLayer),
      ...(analysis && analysisOn ? [analysisLayer(`analysis-${analysis.kind}`, analysis.layer, setAnalysisHover)] : []),
      ...contexts.filter((c) => c.visible).flatMap((c) => contextLayers(c.id, c, zoom)),
      ...(points && state.layers.streetLabels ? streetLabelLayers(points, zoom) : []),
    ],
    [shownHexData, lsoaRates, onHexHover, onHexClick, state.layers, points, analysis, analysisOn, perception, perceptionLayer, perceptionHidesHexes, contexts],
  );
  const wardOverlay = useMemo<WardOverlayProps>(
    () => ({
      wards: THANET_WARDS,
      selectedCodes: state.wards,
      labels: state.layers.wardLabels ? LABELS : null,
      selectedNames,
      weight: (i) => result?.wardCounts.counts[i] ?? 0,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.wards.join(','), state.layers.wardLabels, selectedNames, result],
  );

  const fitBounds = useMemo(() => {
    if (wardIndices.length === 0) return THANET.bounds;
    const fc = { type: 'FeatureCollection' as const, features: wardIndices.map((i) => THANET.featureOf(i)) };
    return bbox(fc) as [number, number, number, number];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.wards.join(',')]);

  const windowHasData = coverage.withData.length > 0;
  const flaggedInRange = [...flagged].filter((m) => m >= from && m <= to);
  const fingerprint = combineFingerprints(sources.map((s) => s.fingerprint));
  const categoryLabel = groupForMask(state.categories)?.label ?? `${categoryIds.length} categories`;
  // A link carries the data fingerprint; opened on other data it warns once, then carries this data's.
  const [linkFingerprint] = useState(state.dataFingerprint);
  useEffect(() => {
    if (sources.length && state.dataFingerprint !== fingerprint) update({ dataFingerprint: fingerprint });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fingerprint, sources.length]);
  const otherData = !!linkFingerprint && sources.length > 0 && linkFingerprint !== fingerprint;
  const slideLabels = {
    categoryLabel:
      state.categories === ALL_CATEGORIES_MASK
        ? 'Crime and ASB'
        : inViewCategories.length === 1
          ? inViewCategories[0]
          : (groupForMask(state.categories)?.label ?? `${inViewCategories.slice(0, 2).join(' and ')}${inViewCategories.length > 2 ? ' and others' : ''}`),
    areaLabel: wardIndices.length === 0 ? AREA_NAME : wardIndices.length <= 3 ? wardIndices.map((i) => THANET.wards[i].name).join(', ') : `${wardIndices.length} wards`,
  };
  const slide = useSlideFigures(coordinator, baseFilter, state.resolution, slideLabels, flagged, harm, rule, briefingOn);
  const slideRef = useRef(slide);
  slideRef.current = slide;
  const ruleLine = ruleText(DEFAULT_DISCLOSURE, disclosureApplies);

  const showSlide = (i: number) => {
    const s = deck.slides[i];
    if (!s) return;
    update({ ...slideView(s) });
    setPresenting(i);
  };
  const startPresenting = (i: number) => {
    viewBeforeBriefing.current ??= state;
    showSlide(i);
    // Browsers allow full screen only from a click, which this is; a refusal leaves the page as it is.
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const stopPresenting = () => {
    setPresenting(null);
    if (viewBeforeBriefing.current) update({ ...viewBeforeBriefing.current });
    viewBeforeBriefing.current = null;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };
  const presentingRef = useRef({ presenting, count: deck.slides.length, showSlide, stopPresenting });
  presentingRef.current = { presenting, count: deck.slides.length, showSlide, stopPresenting };
  useEffect(() => {
    // What presentation clickers send: arrows, PageUp/PageDown, space; Esc leaves.
    const onKey = (e: KeyboardEvent) => {
      const p = presentingRef.current;
      if (p.presenting === null) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) p.showSlide(Math.min(p.count - 1, p.presenting + 1));
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) p.showSlide(Math.max(0, p.presenting - 1));
      else if (e.key === 'Escape') p.stopPresenting();
      else return;
      e.preventDefault();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && presentingRef.current.presenting !== null) presentingRef.current.stopPresenting();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  /** Each slide in turn: show it, wait for its figures and map, capture, then write the pack. */
  const buildPdf = async () => {
    const saved = state;
    const pages: BriefingPage[] = [];
    pdfCancelled.current = false;
    try {
      for (const [i, s] of deck.slides.entries()) {
        // Cancelling stops between pages; the view the user had is put back either way.
        if (pdfCancelled.current) return;
        setPdfBusy(`Writing page ${i + 1} of ${deck.slides.length}…`);
        const before = slideRef.current;
        update({ ...slideView(s) });
        await waitFor(() => slideRef.current !== null && slideRef.current !== before, 20_000);
        await mapApi.current?.idle();
        const figures = slideRef.current!;
        const canvas = mapApi.current?.capture();
        const png = canvas ? new Uint8Array(await (await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), 'image/png'))).arrayBuffer()) : null;
        pages.push({
          title: s.title,
          subtitle: `${figures.figures.periodLabel} · ${figures.figures.areaLabel} · ${figures.figures.categoryLabel} · ${figures.figures.harm ? `harm (${state.scheme.name})` : 'records'}`,
          mapPng: png,
          lines: figures.captions.lines,
          topFive: figures.figures.topLocations.map((t) => `${t.location.replace(/^On or near\s+/i, '')} (${t.ward})`),
          notes: s.notes,
          disclosure: ruleText(DEFAULT_DISCLOSURE, applies(DEFAULT_DISCLOSURE, categoriesInMask(slideView(s).categories))),
          method: [
            'Method: police.uk street-level records counted on H3 hexagons; changes compare equal periods and are quoted only where the data cover both; percentages only on a base of 20 or more. Hot spots: Getis-Ord Gi* (1-ring, FDR), 95 % confidence or more.',
            'Caveats: police.uk moves each record to an anonymous map point and gives months only; months with far fewer records than usual are possibly incomplete publications, not falls in crime.',
          ],
          sources: [...sources.map((x) => `${x.label}: ${x.licence}`), ...BOUNDARY_ATTRIBUTION],
        });
      }
      if (pdfCancelled.current) return;
      setPdfBusy('Saving the PDF…');
      // pdf-lib loads on first use: most sessions never print.
      const { briefingPdf } = await import('../export/briefingPdf');
      download('harmspot-briefing.pdf', (await briefingPdf(pages, 'harmspot briefing')).slice(), 'application/pdf');
    } finally {
      update({ ...saved });
      setPdfBusy(null);
    }
  };

  return (
    <div
      className={`app${presenting !== null ? ' presenting' : ''}`}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target || !e.relatedTarget) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void fileLoad.loadFiles([...e.dataTransfer.files]);
      }}
    >
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop police.uk files to load them — they stay on this machine
        </div>
      )}
      <header className="topbar">
        {presenting !== null ? (
          <h1 className="slide-title" data-testid="slide-heading">
            {deck.slides[presenting]?.title}{' '}
            <span className="muted">
              {presenting + 1} / {deck.slides.length}
            </span>
          </h1>
        ) : (
          <h1>
            harmspot <span className="muted">· {AREA_NAME} crime and ASB</span>
          </h1>
        )}
        <HeadlineStrip
          records={result ? result.totals.mapped : !coordinator && isDefaultView && firstPaint ? firstPaint.counts.reduce((a, b) => a + b, 0) : null}
          display={rule ? (n) => showTotal(n, [], rule) : undefined}
          harm={harm && result ? { value: result.totals.value, note: unverified } : null}
          noLocation={result?.totals.noLocation ?? 0}
          monthsWithData={coverage.withData.length}
          monthsInRange={coverage.withData.length + coverage.gaps.length}
          gaps={coverage.gaps}
          wardNames={wardIndices.map((i) => THANET.wards[i].name)}
          areaName={AREA_NAME}
        />
        {sources.some((s) => s.synthetic) && (
          <p className="synthetic-banner" data-testid="synthetic-banner" title="Made by the project's generators, not real records">
            Includes INVENTED / SYNTHETIC data
          </p>
        )}
        {(mayDoubleCount || timeFiltered || otherData) && (
          <ul className="headline-warnings" data-testid="headline-warnings">
            {otherData && <li>This link was made on different data: the figures may differ from what was shared.</li>}
            {mayDoubleCount && <li>May double count: council and police.uk ASB can describe the same incidents.</li>}
            {timeFiltered && result && (
              <li>
                {formatCount(result.totals.noTime)} records have no time (police.uk gives months only) and are outside the time
                filter.
              </li>
            )}
          </ul>
        )}
      </header>
      <aside className="sidebar" aria-label="Filters">
        {startError && (
          <p role="alert" className="error">
            {startError}
          </p>
        )}
        {notice && (
          <p role="alert" className="notice" data-testid="engine-notice">
            {notice}
          </p>
        )}
        {!coordinator && !startError && <p role="status">Starting the database…</p>}
        {months.length > 0 && (
          <>
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
            <PlaybackControl
              length={state.playbackMonths}
              playing={playback.playing}
              window={playback.window}
              windowHasData={windowHasData}
              onLength={(playbackMonths) => update({ playbackMonths })}
              onToggle={playback.toggle}
              onStop={playback.stop}
            />
          </>
        )}
        <CategoryControl mask={state.categories} onChange={(categories) => update({ categories })} />
        <TimeControl hours={state.hours} days={state.days} onChange={update} />
        <HarmControl metric={state.metric} scheme={state.scheme} onChange={update} />
        <WardControl
          wards={THANET.wards}
          selected={state.wards}
          areaName={AREA_NAME}
          vintage={WARD_VINTAGE}
          onChange={(wards) => update({ wards, camera: null })}
        />
        <AnalysisControl
          settings={state.analysis}
          wardsSelected={state.wards.length > 0}
          onChange={(analysis) => update({ analysis })}
        />
        <ResolutionControl value={state.resolution} onChange={(resolution) => update({ resolution })} />
        <LayerControl layers={state.layers} onChange={(layers) => update({ layers })} />
        {coordinator && (
          <PerceptionControl
            settings={state.perception}
            ageBands={perception?.ageBands ?? []}
            reasons={perception?.reasons ?? []}
            total={perception?.total ?? 0}
            status={perceptionStatus}
            onChange={(p) => update({ perception: p })}
            onFile={async (file) => {
              setPerceptionStatus(`Reading ${file.name}…`);
              try {
                const input = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
                const r = await coordinator.loadPerception(input);
                void rememberLoad({ kind: 'perception', files: [input] });
                setPerceptionStatus(`${file.name}: ${summariseAnswers(r)}`);
                setDataVersion((v) => v + 1);
                if (state.perception.layer === 'off') update({ perception: { ...state.perception, layer: 'fourway' } });
              } catch (err) {
                setPerceptionStatus(`${err instanceof Error ? err.message : String(err)} Nothing was added.`);
              }
            }}
          />
        )}
        {coordinator && (
          <ContextControl
            layers={contexts}
            metres={contextMetres}
            status={contextStatus}
            onMetres={setContextMetres}
            onToggle={(id) => setContexts((cs) => cs.map((c) => (c.id === id ? { ...c, visible: !c.visible } : c)))}
            onFile={async (file) => {
              try {
                const input = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
                const layer = await coordinator.loadContext(input);
                void rememberLoad({ kind: 'context', files: [input] });
                setContexts((cs) => [...cs, { ...layer, visible: true }]);
                setContextStatus(`${file.name}: ${layer.labels.length} features`);
              } catch (err) {
                setContextStatus(`${err instanceof Error ? err.message : String(err)} Nothing was added.`);
              }
            }}
          />
        )}
        <SourcesControl sources={sources} excluded={state.excludedSources} onChange={(excludedSources) => update({ excludedSources })} />
        {coordinator && (
          <FileLoader
            status={fileLoad.status}
            areaName={AREA_NAME}
            onFiles={(files) => void fileLoad.loadFiles(files)}
            onMap={fileLoad.startMapping}
            onLoadMapped={fileLoad.loadMapped}
            onConfirm={fileLoad.confirm}
            onCancel={fileLoad.cancel}
            onAbort={fileLoad.abort}
            onRemote={fileLoad.loadRemote}
          />
        )}
        {result && (
          <ExportControl
            rows={() => {
              const ward = wardOfCell(THANET);
              const exportRule = applies(DEFAULT_DISCLOSURE, inViewCategories) ? DEFAULT_DISCLOSURE : null;
              if (analysisOn && analysis?.kind === 'gistar') return withDisclosure(hotSpotExportRows(analysis.result, harm, ward), exportRule);
              if (analysisOn && analysis?.kind === 'emerging') return withDisclosure(emergingExportRows(analysis.result, harm, ward), exportRule);
              return withDisclosure(hexExportRows(result.hex, harm, ward), exportRule);
            }}
            onMapPng={async () => {
              // Exports carry disclosure control: redraw with it, capture, then return to the working view.
              setPdfBusy('Preparing the map…');
              await new Promise((r) => setTimeout(r, 300));
              await mapApi.current?.idle();
              const map = mapApi.current?.capture();
              setPdfBusy(null);
              if (!map) return;
              const exportRule = applies(DEFAULT_DISCLOSURE, inViewCategories);
              const blob = await composeMapPng(map, {
                title: `${slideLabels.categoryLabel} · ${slideLabels.areaLabel}`,
                subtitle: `${formatMonth(shown[0])} to ${formatMonth(shown[1])} · ${metricName} · ${resolutionLabel(state.resolution)}`,
                legend: hexData
                  ? [`${metricName} per hexagon, classes from: ${hexData.breaks.map((b) => b.toLocaleString('en-GB')).join(', ')} (yellow to dark red)`]
                  : [],
                rule: ruleText(DEFAULT_DISCLOSURE, exportRule),
                attribution: [...sources.map((x) => x.licence), BOUNDARY_ATTRIBUTION[0]],
              });
              download(`harmspot-map-${formatMonth(shown[0])}.png`, blob, 'image/png');
            }}
            describe={{
              layer: analysisOn ? (analysis?.kind === 'emerging' ? 'emerging hot spots' : 'gi-star hot spots') : 'hexagons',
              metric: metricName,
              period: `${formatMonth(shown[0])} to ${formatMonth(shown[1])}`,
              fingerprint,
              disclosure: ruleText(DEFAULT_DISCLOSURE, applies(DEFAULT_DISCLOSURE, inViewCategories)),
            }}
          />
        )}
        {coordinator && (
          <BriefingControl
            deck={deck}
            suggestedTitle={`${slideLabels.categoryLabel} · ${slideLabels.areaLabel} · ${formatMonth(from)}${from !== to ? ` to ${formatMonth(to)}` : ''}`}
            fingerprint={fingerprint}
            busy={pdfBusy}
            onCancelPdf={() => (pdfCancelled.current = true)}
            onChange={setDeck}
            onAdd={(title) => setDeck({ ...deck, fingerprint, slides: [...deck.slides, slideOf(state, title)] })}
            onPresent={startPresenting}
            onPdf={() => void buildPdf()}
          />
        )}
        {restored && (restored.files > 0 || restored.problems.length > 0) && (
          <p className="small" role="status" data-testid="restored">
            Restored {restored.files} file{restored.files === 1 ? '' : 's'} kept in this browser.
            {restored.problems.map((p) => (
              <span key={p} className="error"> Could not restore {p}</span>
            ))}
          </p>
        )}
        <AboutData sources={sources} fingerprint={fingerprint} />
        <button
          type="button"
          data-testid="clear-local"
          onClick={async () => {
            await clearLocalData();
            window.location.reload();
          }}
        >
          Clear all local data
        </button>
      </aside>
      <main
        className="map-pane"
        onMouseLeave={() => {
          setHover(null);
          setAnalysisHover(null);
        }}
      >
        <MapView
          wards={THANET_WARDS}
          districts={KENT_DISTRICTS}
          layers={layers}
          wardOverlay={wardOverlay}
          fitBounds={fitBounds}
          fitKey={state.wards.join(',')}
          camera={state.camera}
          onCameraChange={(camera) => update({ camera })}
          onApi={(api) => (mapApi.current = api)}
          onFirstDraw={() => setMapDrawn(true)}
        />
        {!mapDrawn && <FirstPaintOverlay paint={isDefaultView ? firstPaint : undefined} wards={THANET_WARDS} />}
        {hover?.detail && (
          <CellTooltip
            detail={hover.detail}
            x={hover.x}
            y={hover.y}
            harmLabel={harm ? `${state.scheme.name}${unverified ? ` — ${unverified}` : ''}` : undefined}
          />
        )}
        {analysis && analysisOn && analysisHover && analysis.index[analysisHover.index] !== undefined && (
          <AnalysisTooltip info={analysisCellInfo(analysis, analysisHover.index, harm)} x={analysisHover.x} y={analysisHover.y} />
        )}
        {pinned && (
          <DetailPanel
            cellId={pinned.cell.toString(16)}
            detail={pinned.detail}
            monthly={pinned.monthly}
            from={from}
            to={to}
            flagged={flagged}
            onClose={() => setPinned(null)}
          />
        )}
        <div className="map-legend">
          {analysis?.kind === 'gistar' && analysisOn && (
            <GiLegend settings={state.analysis} metric={metricName + (unverified ? ` (${unverified})` : '')} counts={analysis.binCounts} />
          )}
          {analysis?.kind === 'emerging' && analysisOn && (
            <EmergingLegend
              settings={state.analysis}
              metric={metricName + (unverified ? ` (${unverified})` : '')}
              steps={analysis.result.steps}
              leftOut={analysis.leftOut}
              counts={analysis.classCounts}
            />
          )}
          {perception && perceptionLayer === 'fourway' && <PerceptionLegend view={perception} metric={metricName} />}
          {perception && perceptionLayer === 'cells' && perception.cells && (
            <Legend
              breaks={countBreaks(Math.max(0, ...perception.cells.unsafe))}
              max={Math.max(0, ...perception.cells.unsafe)}
              unit={`"Feels unsafe" answers per hexagon — ${resolutionLabel(state.resolution)}`}
            />
          )}
          {shownHexData && state.layers.hexagons && !analysisOn && !perceptionHidesHexes && (
            <Legend
              breaks={shownHexData.breaks}
              max={shownHexData.max}
              unit={`${metricName} per hexagon — ${resolutionLabel(state.resolution)}`}
              suppressedLabel={rule ? `<${rule.threshold} (suppressed)` : undefined}
              note={[
                playback.fixedMax !== null ? 'Scale fixed for the whole playback' : '',
                unverified ?? '',
                rule ? `Grey: fewer than ${rule.threshold} records (disclosure control)` : '',
              ]
                .filter(Boolean)
                .join(' · ') || undefined}
            />
          )}
          {lsoaRates && state.layers.lsoaRates && (
            <Legend
              breaks={lsoaRates.breaks}
              max={lsoaRates.max}
              unit={`LSOA ${harm ? 'harm' : 'records'} per 1,000 residents in the months shown (fifths of LSOAs; mid-2019 populations)`}
              decimals
            />
          )}
        </div>
      </main>
      {presenting !== null && (
        <div className="present-side">
          {slide ? (
            <PresentPanel
              figures={slide.figures}
              captions={slide.captions}
              rule={rule}
              ruleText={ruleLine}
              notes={deck.slides[presenting]?.notes ?? ''}
            />
          ) : (
            <p className="present-big">…</p>
          )}
          <button type="button" className="present-exit" onClick={stopPresenting} aria-label="Leave the presentation (Esc)">
            Esc
          </button>
        </div>
      )}
      <aside className="insights" aria-label="Trend and wards">
        <h2>{metricName} per month</h2>
        <p className="muted small">
          {categoryLabel} · {wardIndices.length ? `${wardIndices.length} ward(s)` : `All of ${AREA_NAME}`}
        </p>
        {trend && (
          <TrendChart
            series={{ month: trend.month, count: trend.value }}
            from={from}
            to={to}
            flagged={flagged}
            window={playback.window}
            label={metricName}
          />
        )}
        {flaggedInRange.length > 0 && (
          <p className="quality-note" data-testid="quality-note">
            <strong>?</strong> {formatMonthRuns(flaggedInRange)}: far fewer records than the median month were
            published — possibly an incomplete publication, not a fall in crime.
          </p>
        )}
        {result && (
          <WardTable
            wards={THANET.wards}
            counts={result.wardCounts.counts}
            values={harm ? result.wardCounts.values : null}
            populations={WARD_POPULATION}
            selected={state.wards}
            onSelect={(code) => update({ wards: [code], camera: null })}
          />
        )}
        {analysis && analysisOn && (
          <details className="panel">
            <summary>Hot-spot cells as a table</summary>
            <HotSpotTable view={analysis} wardOf={wardOfCell(THANET)} />
          </details>
        )}
        {coordinator && perception && perceptionLayer !== 'off' && (
          <details className="panel" open>
            <summary>Perception against recorded harm</summary>
            <PerceptionPanel
              coordinator={coordinator}
              view={perception}
              settings={state.perception}
              wards={THANET.wards}
              resolution={state.resolution}
              metric={metricName}
            />
          </details>
        )}
        {coordinator && baseFilter && contexts.filter((c) => c.visible).map((c) => (
          <details className="panel" open key={c.id}>
            <summary>Near {c.name}</summary>
            <ContextPanel coordinator={coordinator} filter={baseFilter} layer={c} metres={contextMetres} metric={metricName} />
          </details>
        ))}
        {dayHour && dayHour.values.some((v) => v > 0) && (
          <details className="panel" open>
            <summary>Time of day</summary>
            <DayHourTable values={dayHour.values} noTime={dayHour.noTime} metric={metricName} />
          </details>
        )}
        {study && (
          <details className="panel" open>
            <summary>Concentration</summary>
            <ConcentrationPanel study={study.current} metric={metricName} />
          </details>
        )}
        {coordinator && baseFilter && (
          <details className="panel">
            <summary>Backtest: would these hot spots have held?</summary>
            <BacktestPanel
              coordinator={coordinator}
              filter={baseFilter}
              resolution={state.resolution}
              analysis={state.analysis}
              dataVersion={dataVersion}
            />
          </details>
        )}
        {study && (
          <details className="panel">
            <summary>Sensitivity: count against harm</summary>
            <SensitivityPanel a={study.count} b={study.harm} labelA="Count" labelB={state.scheme.name} />
          </details>
        )}
      </aside>
    </div>
  );
}

function clamp(m: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, m));
}
