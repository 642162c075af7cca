import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
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

export function hexLayer(data: HexLayerData, onHover: (hover: HexHover | null) => void, opacity = 0.78): Layer {
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
    updateTriggers: { getSize: [...selectedNames], getColor: [...selectedNames] },
  });
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
