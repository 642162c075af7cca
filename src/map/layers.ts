import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { FeatureCollection } from 'geojson';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import type { Layer } from '@deck.gl/core';
import { classColor, classOf } from '../analysis/colorScale';
import { placeLabels } from './labelPlacement';
import { LABEL_FONT } from './wardOverlay';

/** Hexagon result ready for deck.gl: parallel arrays, no per-row objects. */
export interface HexLayerData {
  hexes: string[];
  counts: Float64Array;
  breaks: number[];
  /** Cells drawn in the one grey "suppressed" band (disclosure control). */
  suppressed?: Uint8Array;
}

export const SUPPRESSED_COLOR: [number, number, number] = [150, 150, 150];

export interface HexHover {
  index: number;
  x: number;
  y: number;
}

export function hexLayer(
  data: HexLayerData,
  onHover: (hover: HexHover | null) => void,
  onClick: (index: number) => void,
  opacity = 0.78,
  id = 'hexagons',
): Layer {
  const classes = data.breaks.length;
  const colors = new Uint8Array(data.hexes.length * 3);
  for (let i = 0; i < data.hexes.length; i++) {
    colors.set(data.suppressed?.[i] ? SUPPRESSED_COLOR : classColor(classOf(data.counts[i], data.breaks), classes), i * 3);
  }
  return new H3HexagonLayer({
    id,
    data: { length: data.hexes.length },
    getHexagon: (_: unknown, { index }: { index: number }) => data.hexes[index],
    getFillColor: (_: unknown, { index }: { index: number }) => [colors[index * 3], colors[index * 3 + 1], colors[index * 3 + 2]],
    filled: true,
    stroked: false,
    extruded: false,
    opacity,
    pickable: true,
    autoHighlight: true,
    highlightColor: [29, 60, 110, 160],
    onHover: (info: { index: number; x: number; y: number }) =>
      onHover(info.index >= 0 ? { index: info.index, x: info.x, y: info.y } : null),
    onClick: (info: { index: number }) => {
      if (info.index >= 0) onClick(info.index);
    },
    updateTriggers: { getHexagon: data.hexes, getFillColor: colors },
  });
}

export interface StreetLabels {
  lon: number[];
  lat: number[];
  name: (string | null)[];
  /** Records at the point: busier places keep their names when labels would overlap. */
  count: number[];
}

/** "On or near Northdown Road" → "Northdown Road": police.uk's prefix says nothing on a map. */
export function streetName(location: string): string {
  return location.replace(/^On or near\s+/i, '');
}

export const STREET_LABEL_ZOOM = 15;

/**
 * Street names of police.uk map points at close zoom, where a street basemap would otherwise be needed; no
 * layer at all further out (an empty text layer still builds a font atlas, and WebGL warns about it).
 */
export function streetLabelLayers(points: StreetLabels, zoom: number): Layer[] {
  if (zoom < STREET_LABEL_ZOOM) return [];
  const names = points.name.map((n) => streetName(n ?? ''));
  const kept = placeLabels(
    names.map((text, i) => ({ lon: points.lon[i], lat: points.lat[i], text, priority: points.count[i] })),
    zoom,
    { charWidth: 7.2, height: 15, offsetY: -12, padding: 3 },
  );
  const layer = new TextLayer({
    id: 'street-labels',
    data: { length: kept.length },
    getPosition: (_: unknown, { index }: { index: number }) => [points.lon[kept[index]], points.lat[kept[index]]],
    getText: (_: unknown, { index }: { index: number }) => names[kept[index]],
    getSize: 12,
    getColor: [25, 25, 25, 255],
    getPixelOffset: [0, -12],
    fontFamily: LABEL_FONT,
    characterSet: 'auto',
    sizeUnits: 'pixels',
    background: true,
    getBackgroundColor: [255, 255, 255, 225],
    backgroundPadding: [3, 1],
    updateTriggers: { getText: [kept, names], getPosition: [kept, points.lon] },
  });
  return [layer];
}

/** LSOAs coloured by a value per feature code (records per 1,000 residents), drawn under the hexagons. */
export function lsoaRateLayer(
  lsoas: FeatureCollection,
  rateOf: (code: string) => number | null,
  breaks: number[],
  codeProperty = 'LSOA11CD',
): Layer {
  const colour = (f: { properties?: Record<string, unknown> | null }): [number, number, number, number] => {
    const r = rateOf(String(f.properties?.[codeProperty]));
    if (r === null) return [0, 0, 0, 0];
    return [...classColor(classOf(r, breaks), breaks.length), 200];
  };
  return new GeoJsonLayer({
    id: 'lsoa-rates',
    data: lsoas,
    filled: true,
    stroked: true,
    getFillColor: colour,
    getLineColor: [120, 120, 120, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.6,
    updateTriggers: { getFillColor: [rateOf, breaks] },
  });
}

/** Cells of an analysis layer to draw: study-area indices of the shown cells with their colours. */
export interface AnalysisLayerData {
  hexes: string[];
  colors: [number, number, number, number][];
}

/** Gi* bins or emerging classes on the hexagons; hover reports the study-area index of the cell. */
export function analysisLayer(id: string, data: AnalysisLayerData, onHover: (hover: HexHover | null) => void): Layer {
  return new H3HexagonLayer({
    id,
    data: { length: data.hexes.length },
    getHexagon: (_: unknown, { index }: { index: number }) => data.hexes[index],
    getFillColor: (_: unknown, { index }: { index: number }) => data.colors[index],
    getLineColor: [255, 255, 255, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
    filled: true,
    stroked: true,
    extruded: false,
    pickable: true,
    autoHighlight: true,
    highlightColor: [0, 0, 0, 90],
    onHover: (info: { index: number; x: number; y: number }) =>
      onHover(info.index >= 0 ? { index: info.index, x: info.x, y: info.y } : null),
    updateTriggers: { getHexagon: data.hexes, getFillColor: data.colors },
  });
}

/** Survey answers as points: "unsafe" in vermillion, the others grey. */
export function perceptionPointLayer(points: { lon: number[]; lat: number[]; unsafe: number[] }): Layer {
  return new ScatterplotLayer({
    id: 'perception-points',
    data: { length: points.lon.length },
    getPosition: (_: unknown, { index }: { index: number }) => [points.lon[index], points.lat[index]],
    getFillColor: (_: unknown, { index }: { index: number }) => (points.unsafe[index] ? [213, 94, 0, 220] : [120, 120, 120, 180]),
    getLineColor: [255, 255, 255, 255],
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    radiusUnits: 'pixels',
    getRadius: 5,
    updateTriggers: { getPosition: points.lon, getFillColor: points.unsafe },
  });
}

/** Wards coloured by a class colour per ward index (the four-way comparison). */
export function wardClassLayer(wards: FeatureCollection, colorOf: (wardCode: string) => [number, number, number, number], key: string): Layer {
  return new GeoJsonLayer({
    id: 'ward-classes',
    data: wards,
    filled: true,
    stroked: false,
    getFillColor: (f) => colorOf(String(f.properties?.WD13CD)),
    updateTriggers: { getFillColor: key },
  });
}

/** A context layer (CCTV, licensed premises, …): its features, and names at close zoom. */
export function contextLayers(id: number, data: { collection: FeatureCollection; lon: Float64Array; lat: Float64Array; labels: string[] }, zoom: number): Layer[] {
  const kept =
    zoom >= 14
      ? placeLabels(
          data.labels.map((text, i) => ({ lon: data.lon[i], lat: data.lat[i], text, priority: 0 })),
          zoom,
          { charWidth: 7, height: 14, offsetY: 14, padding: 2 },
        )
      : [];
  return [
    new GeoJsonLayer({
      id: `context-${id}`,
      data: data.collection,
      pointType: 'circle',
      getPointRadius: 6,
      pointRadiusUnits: 'pixels',
      getFillColor: [106, 61, 154, 210],
      getLineColor: [255, 255, 255, 255],
      lineWidthUnits: 'pixels',
      getLineWidth: 1.5,
      stroked: true,
    }),
    new TextLayer({
      id: `context-labels-${id}`,
      data: { length: kept.length },
      getPosition: (_: unknown, { index }: { index: number }) => [data.lon[kept[index]], data.lat[kept[index]]],
      getText: (_: unknown, { index }: { index: number }) => data.labels[kept[index]],
      getSize: 12,
      getColor: [60, 30, 100, 255],
      getPixelOffset: [0, 14],
      fontFamily: LABEL_FONT,
      characterSet: 'auto',
      background: true,
      getBackgroundColor: [255, 255, 255, 225],
      backgroundPadding: [3, 1],
      updateTriggers: { getPosition: kept, getText: kept },
    }),
  ];
}
