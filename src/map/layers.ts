import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import { CollisionFilterExtension } from '@deck.gl/extensions';
import type { FeatureCollection } from 'geojson';
import { H3HexagonLayer } from '@deck.gl/geo-layers';
import pointOnFeature from '@turf/point-on-feature';
import type { Layer } from '@deck.gl/core';
import { classColor, classOf } from '../analysis/colorScale';
import type { AreaIndex } from '../geo/areaIndex';

/** Hexagon result ready for deck.gl: parallel arrays, no per-row objects. */
export interface HexLayerData {
  hexes: string[];
  counts: Float64Array;
  breaks: number[];
}

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
): Layer {
  const classes = data.breaks.length;
  const colors = new Uint8Array(data.hexes.length * 3);
  for (let i = 0; i < data.hexes.length; i++) colors.set(classColor(classOf(data.counts[i], data.breaks), classes), i * 3);
  return new H3HexagonLayer({
    id: 'hexagons',
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

interface WardLabel {
  position: [number, number];
  name: string;
}

/** Ward names at a point guaranteed inside each ward, drawn by deck.gl so no glyph server is needed. */
export function wardLabels(area: AreaIndex): WardLabel[] {
  return area.wards.map((w) => ({
    position: pointOnFeature(area.featureOf(w.index)).geometry.coordinates as [number, number],
    name: w.name,
  }));
}

export function wardLabelLayer(labels: WardLabel[], selectedNames: ReadonlySet<string>, zoom: number): Layer {
  return new TextLayer<WardLabel>({
    id: 'ward-labels',
    data: labels,
    getPosition: (d) => d.position,
    getText: (d) => d.name,
    getSize: (d) => (selectedNames.has(d.name) ? 15 : 12.5),
    getColor: (d) => (selectedNames.has(d.name) ? [20, 45, 90, 255] : [40, 40, 40, 230]),
    fontFamily: '"DejaVu Sans", "Segoe UI", Arial, sans-serif',
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    sizeUnits: 'pixels',
    visible: zoom >= 10.5,
    extensions: [new CollisionFilterExtension()],
    collisionGroup: 'wards',
    getCollisionPriority: (d: WardLabel) => (selectedNames.has(d.name) ? 1 : 0),
    updateTriggers: { getSize: [...selectedNames], getColor: [...selectedNames] },
  } as ConstructorParameters<typeof TextLayer<WardLabel>>[0]);
}

/** Ward outlines drawn above the hexagons, so the selected wards stay visible under dense data. */
export function wardOutlineLayer(wards: FeatureCollection, selectedCodes: readonly string[], codeProperty = 'WD13CD'): Layer {
  const selected = new Set(selectedCodes);
  const isSelected = (f: { properties?: Record<string, unknown> | null }) => selected.has(String(f.properties?.[codeProperty]));
  return new GeoJsonLayer({
    id: 'ward-outlines',
    data: wards,
    filled: false,
    stroked: true,
    lineWidthUnits: 'pixels',
    getLineWidth: (f) => (isSelected(f) ? 3.5 : 0.8),
    getLineColor: (f) => (isSelected(f) ? [29, 60, 110, 255] : [90, 90, 90, 200]),
    updateTriggers: { getLineWidth: [...selected], getLineColor: [...selected] },
  });
}

export interface StreetLabels {
  lon: number[];
  lat: number[];
  name: (string | null)[];
}

/** "On or near Northdown Road" → "Northdown Road": police.uk's prefix says nothing on a map. */
export function streetName(location: string): string {
  return location.replace(/^On or near\s+/i, '');
}

/** Street names of police.uk map points at close zoom, where a street basemap would otherwise be needed. */
export function streetLabelLayer(points: StreetLabels, zoom: number): Layer {
  const names = points.name.map((n) => streetName(n ?? ''));
  return new TextLayer({
    id: 'street-labels',
    data: { length: names.length },
    getPosition: (_: unknown, { index }: { index: number }) => [points.lon[index], points.lat[index]],
    getText: (_: unknown, { index }: { index: number }) => names[index],
    getSize: 12,
    getColor: [60, 60, 60, 255],
    getPixelOffset: [0, -10],
    fontFamily: '"DejaVu Sans", "Segoe UI", Arial, sans-serif',
    fontSettings: { sdf: true },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 235],
    characterSet: 'auto',
    sizeUnits: 'pixels',
    visible: zoom >= STREET_LABEL_ZOOM,
    extensions: [new CollisionFilterExtension()],
    collisionGroup: 'streets',
    updateTriggers: { getText: names, getPosition: points.lon },
  } as ConstructorParameters<typeof TextLayer>[0]);
}

export const STREET_LABEL_ZOOM = 15;

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
