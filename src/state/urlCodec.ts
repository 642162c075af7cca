import { ALL_CATEGORIES_MASK, CATEGORY_GROUPS, categoryMask } from '../domain/categories';
import { parseMonth } from '../domain/months';
import { decodeScheme, encodeScheme } from './schemeCodec';
import { DEFAULT_VIEW_STATE, PLAYBACK_LENGTHS, RESOLUTIONS, VIEW_STATE_VERSION, type Resolution, type ViewState } from './viewState';

/**
 * ViewState ⇄ URL hash ("#v=1&wards=…"). A hash, not a query string, so a view never reaches a server.
 * Reading never throws: anything missing, unknown or malformed falls back to the default for that field.
 */
export function encodeViewState(state: ViewState): string {
  const p = new URLSearchParams();
  p.set('v', String(state.version));
  p.set('area', state.area);
  if (state.wards.length) p.set('wards', state.wards.join(','));
  if (state.months) p.set('months', `${state.months.from}..${state.months.to}`);
  if (state.categories !== ALL_CATEGORIES_MASK) {
    const group = CATEGORY_GROUPS.find((g) => categoryMask(g.categories) === state.categories);
    p.set('cat', group ? group.key : `m${state.categories.toString(16)}`);
  }
  if (state.metric === 'harm') p.set('metric', 'harm');
  encodeScheme(state.scheme, p);
  p.set('res', String(state.resolution));
  if (state.playbackMonths !== DEFAULT_VIEW_STATE.playbackMonths) p.set('play', String(state.playbackMonths));
  const layers = Object.entries(state.layers)
    .filter(([, on]) => on)
    .map(([k]) => k);
  p.set('layers', layers.join(','));
  const a = state.analysis;
  if (a.layer !== 'none') p.set('an', a.layer);
  if (a.k !== 1) p.set('k', String(a.k));
  if (!a.fdr) p.set('fdr', '0');
  if (a.withinSelection) p.set('within', '1');
  if (a.includeIncomplete) p.set('incomplete', '1');
  if (state.hours) p.set('hours', `${state.hours[0]}-${state.hours[1]}`);
  if (state.days.length) p.set('days', state.days.join(','));
  if (state.excludedSources.length) p.set('xsrc', state.excludedSources.join(','));
  // The perception settings are few and rarely shared: one JSON field, read back field by field.
  if (JSON.stringify(state.perception) !== JSON.stringify(DEFAULT_VIEW_STATE.perception)) p.set('vru', JSON.stringify(state.perception));
  if (state.dataFingerprint) p.set('fp', state.dataFingerprint);
  if (state.camera) {
    const { lon, lat, zoom } = state.camera;
    p.set('cam', `${lon.toFixed(5)},${lat.toFixed(5)},${zoom.toFixed(2)}`);
  }
  return `#${p.toString()}`;
}

const WARD_CODE = /^[EWSN]\d{8}$/;
const ANALYSIS_LAYERS = ['none', 'gistar', 'emerging'] as const;

function decodeCategories(text: string | null): number {
  if (!text) return DEFAULT_VIEW_STATE.categories;
  const group = CATEGORY_GROUPS.find((g) => g.key === text);
  if (group) return categoryMask(group.categories);
  const m = /^m([0-9a-f]{1,4})$/.exec(text);
  const mask = m ? parseInt(m[1], 16) & ALL_CATEGORIES_MASK : 0;
  return mask || DEFAULT_VIEW_STATE.categories;
}

function decodeMonths(text: string | null): ViewState['months'] {
  const [from, to] = (text ?? '').split('..');
  const a = parseMonth(from ?? '');
  const b = parseMonth(to ?? '');
  if (a === undefined || b === undefined || a > b) return null;
  return { from: from.trim(), to: to.trim() };
}

function decodePerception(text: string | null): ViewState['perception'] {
  const d = DEFAULT_VIEW_STATE.perception;
  let raw: Record<string, unknown> = {};
  try {
    raw = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return d;
  }
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 20) : []);
  const threshold = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);
  return {
    layer: pick(raw.layer, ['off', 'points', 'cells', 'fourway'] as const, d.layer),
    level: pick(raw.level, ['ward', 'cell'] as const, d.level),
    minAnswers: typeof raw.minAnswers === 'number' && raw.minAnswers >= 1 && raw.minAnswers <= 100 ? Math.round(raw.minAnswers) : d.minAnswers,
    ageBands: strings(raw.ageBands),
    dayNight: pick(raw.dayNight, ['all', 'day', 'night'] as const, d.dayNight),
    reasons: strings(raw.reasons),
    perceptionThreshold: threshold(raw.perceptionThreshold),
    harmThreshold: threshold(raw.harmThreshold),
  };
}

function decodeHours(text: string | null): [number, number] | null {
  const m = /^(\d{1,2})-(\d{1,2})$/.exec(text ?? '');
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a <= 23 && b <= 23 ? [a, b] : null;
}

function decodeCamera(text: string | null): ViewState['camera'] {
  const parts = (text ?? '').split(',').map(Number);
  if (parts.length !== 3 || parts.some((x) => !Number.isFinite(x))) return null;
  const [lon, lat, zoom] = parts;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

export function decodeViewState(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const d = DEFAULT_VIEW_STATE;
  // Version 1 is the only one so far; a newer or older version is read field by field with defaults.
  const res = Number(p.get('res'));
  const play = Number(p.get('play'));
  const layerText = p.get('layers');
  const layerList = layerText === null ? null : layerText.split(',');
  const layers = { ...d.layers };
  if (layerList) for (const k of Object.keys(layers) as (keyof typeof layers)[]) layers[k] = layerList.includes(k);
  return {
    version: VIEW_STATE_VERSION,
    area: 'thanet',
    wards: (p.get('wards') ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter((w) => WARD_CODE.test(w)),
    months: decodeMonths(p.get('months')),
    categories: decodeCategories(p.get('cat')),
    metric: p.get('metric') === 'harm' ? 'harm' : 'count',
    scheme: decodeScheme(p),
    resolution: (RESOLUTIONS as readonly number[]).includes(res) ? (res as Resolution) : d.resolution,
    playbackMonths: (PLAYBACK_LENGTHS as readonly number[]).includes(play) ? play : d.playbackMonths,
    layers,
    analysis: {
      layer: ANALYSIS_LAYERS.find((l) => l === p.get('an')) ?? 'none',
      k: [1, 2, 3].includes(Number(p.get('k'))) ? Number(p.get('k')) : 1,
      fdr: p.get('fdr') !== '0',
      withinSelection: p.get('within') === '1',
      includeIncomplete: p.get('incomplete') === '1',
    },
    hours: decodeHours(p.get('hours')),
    days: [...new Set((p.get('days') ?? '').split(',').map(Number))].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7).sort(),
    excludedSources: (p.get('xsrc') ?? '').split(',').filter((f) => /^[0-9a-f]{16}$/.test(f)),
    perception: decodePerception(p.get('vru')),
    dataFingerprint: /^[0-9a-f]{16}$/.test(p.get('fp') ?? '') ? p.get('fp') : null,
    camera: decodeCamera(p.get('cam')),
  };
}
