import { describe, expect, it } from 'vitest';
import { categoryMask } from '../domain/categories';
import { decodeViewState, encodeViewState } from './urlCodec';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW_STATE,
      wards: ['E05005093', 'E05005088'],
      months: { from: '2019-03', to: '2019-08' },
      categories: categoryMask(['Burglary', 'Robbery']),
      metric: 'harm',
      scheme: {
        id: 'own:Kent CCHI',
        name: 'Kent CCHI',
        weights: DEFAULT_VIEW_STATE.scheme.weights.map((w, i) => ({
          ...w,
          weight: i * 10.5,
          basis: w.placeholder ? 'Placeholder (from a shared link).' : 'From a shared link: see the scheme file for its basis.',
          source: 'shared link',
        })),
      },
      resolution: 8,
      playbackMonths: 6,
      layers: { hexagons: true, lsoaRates: true, wardLabels: false, streetLabels: true },
      analysis: { layer: 'emerging', k: 2, fdr: false, withinSelection: true, includeIncomplete: true },
      hours: [20, 4],
      days: [5, 6],
      excludedSources: ['0123456789abcdef'],
      dataFingerprint: 'fedcba9876543210',
      perception: {
        layer: 'fourway',
        level: 'cell',
        minAnswers: 3,
        ageBands: ['under 16', '16-17'],
        dayNight: 'night',
        reasons: ['poor lighting'],
        perceptionThreshold: 4,
        harmThreshold: null,
      },
      camera: { lon: 1.38123, lat: 51.38456, zoom: 13.25 },
    };
    expect(decodeViewState(encodeViewState(view))).toEqual(view);
  });

  it('round-trips the default view and every category group', () => {
    expect(decodeViewState(encodeViewState(DEFAULT_VIEW_STATE))).toEqual(DEFAULT_VIEW_STATE);
    const acquisitive = { ...DEFAULT_VIEW_STATE, categories: categoryMask(['Burglary', 'Robbery', 'Vehicle crime', 'Theft from the person', 'Shoplifting', 'Bicycle theft', 'Other theft']) };
    expect(encodeViewState(acquisitive)).toContain('cat=acquisitive');
    expect(decodeViewState(encodeViewState(acquisitive))).toEqual(acquisitive);
  });

  it('reads an empty, older, newer or malformed link with defaults and never throws', () => {
    expect(decodeViewState('')).toEqual(DEFAULT_VIEW_STATE);
    expect(decodeViewState('#v=0&res=8')).toEqual({ ...DEFAULT_VIEW_STATE, resolution: 8 });
    expect(decodeViewState('#v=99&res=9&future=1')).toEqual(DEFAULT_VIEW_STATE);
    const bad = decodeViewState('#res=42&months=2019-13..2019-01&wards=<script>,E05005093&cat=mzz&cam=a,b,c');
    expect(bad).toEqual({ ...DEFAULT_VIEW_STATE, wards: ['E05005093'] });
    expect(decodeViewState('#months=2019-08..2019-03').months).toBeNull();
  });
});
