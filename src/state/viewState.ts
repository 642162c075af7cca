import { ALL_CATEGORIES_MASK } from '../domain/categories';
import { ILLUSTRATIVE_CSS_SCHEME, type HarmScheme } from '../domain/harmSchemes';
import { H3_RESOLUTIONS, type Resolution } from '../domain/h3Resolutions';

/** Bump when a field changes meaning; readers of older versions fill what they lack with defaults. */
export const VIEW_STATE_VERSION = 1;

export const RESOLUTIONS = H3_RESOLUTIONS;
export type { Resolution };
export const PLAYBACK_LENGTHS = [1, 3, 6, 12] as const;

export interface LayerToggles {
  hexagons: boolean;
  /** LSOAs coloured by records per 1,000 residents. */
  lsoaRates: boolean;
  wardLabels: boolean;
  /** police.uk map-point street names, at close zoom. */
  streetLabels: boolean;
}

export type AnalysisLayer = 'none' | 'gistar' | 'emerging';

/** The hot-spot statistics shown on the map and how they are computed. */
export interface AnalysisSettings {
  layer: AnalysisLayer;
  /** k-ring neighbourhood (1 = the cell and its six neighbours). */
  k: number;
  /** Benjamini–Hochberg false discovery rate correction. */
  fdr: boolean;
  /** Compute over the selected wards only (default: over the whole area, then show the selection). */
  withinSelection: boolean;
  /** Emerging analysis: keep months flagged as possibly incomplete (left out by default). */
  includeIncomplete: boolean;
}

/** The perception survey on the map and its comparison with recorded harm. */
export interface PerceptionSettings {
  layer: 'off' | 'points' | 'cells' | 'fourway';
  /** Where the four-way comparison is made: wards (default), or cells with at least `minAnswers` answers. */
  level: 'ward' | 'cell';
  minAnswers: number;
  ageBands: string[];
  dayNight: 'all' | 'day' | 'night';
  reasons: string[];
  /**
   * Override of the "high" thresholds (null: the median of areas with data), in the units of `level`: per ward the
   * share of answers "unsafe" (0–1) and harm per 1,000 residents per year; per cell the count of "unsafe" answers
   * and the count (or harm sum). Changing the level in the app clears them.
   */
  perceptionThreshold: number | null;
  harmThreshold: number | null;
}

export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** Everything that defines a view. One object, mirrored in the URL. */
export interface ViewState {
  version: typeof VIEW_STATE_VERSION;
  /** The study area; only Thanet exists so far. */
  area: 'thanet';
  /** Ward codes (e.g. E05005093); empty means the whole area. */
  wards: string[];
  /** Inclusive month range as "YYYY-MM"; null means every month the data covers. */
  months: { from: string; to: string } | null;
  /** Bit mask over police.uk category ids (see domain/categories). */
  categories: number;
  /** What every figure measures: records, or harm under `scheme`. */
  metric: 'count' | 'harm';
  scheme: HarmScheme;
  resolution: Resolution;
  /** Months in each playback window. */
  playbackMonths: number;
  layers: LayerToggles;
  analysis: AnalysisSettings;
  /** Time of day for sources with times: an hour range [from, to] that may wrap midnight (20→4), or null. */
  hours: [number, number] | null;
  /** ISO days of the week kept (1 = Monday … 7 = Sunday); empty means every day. */
  days: number[];
  perception: PerceptionSettings;
  /** Fingerprints of loaded sources left out of every figure. */
  excludedSources: string[];
  /** Fingerprint of the data the view was made on; a link opened on other data warns. */
  dataFingerprint: string | null;
  /** Map position; null means "fit the selected wards". */
  camera: Camera | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  version: VIEW_STATE_VERSION,
  area: 'thanet',
  wards: [],
  months: null,
  categories: ALL_CATEGORIES_MASK,
  metric: 'count',
  scheme: ILLUSTRATIVE_CSS_SCHEME,
  resolution: 9,
  playbackMonths: 3,
  layers: { hexagons: true, lsoaRates: false, wardLabels: true, streetLabels: true },
  analysis: { layer: 'none', k: 1, fdr: true, withinSelection: false, includeIncomplete: false },
  hours: null,
  days: [],
  excludedSources: [],
  perception: {
    layer: 'off',
    level: 'ward',
    minAnswers: 5,
    ageBands: [],
    dayNight: 'all',
    reasons: [],
    perceptionThreshold: null,
    harmThreshold: null,
  },
  dataFingerprint: null,
  camera: null,
};
