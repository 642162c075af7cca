import pointOnFeature from '@turf/point-on-feature';
import type { FeatureCollection, Position } from 'geojson';
import type * as maplibregl from 'maplibre-gl';
import type { AreaIndex } from '../geo/areaIndex';
import { placeLabels } from './labelPlacement';

export interface WardLabel {
  position: [number, number];
  name: string;
}

/** Ward names at a point guaranteed inside each ward. */
export function wardLabels(area: AreaIndex): WardLabel[] {
  return area.wards.map((w) => ({
    position: pointOnFeature(area.featureOf(w.index)).geometry.coordinates as [number, number],
    name: w.name,
  }));
}

export interface WardOverlayProps {
  wards: FeatureCollection;
  /** Ward codes (feature property `codeProperty`) drawn as selected: a thicker, darker outline. */
  selectedCodes: readonly string[];
  codeProperty?: string;
  /** Ward names with a point inside each ward; null draws outlines alone. */
  labels: WardLabel[] | null;
  selectedNames: ReadonlySet<string>;
  /** How much each label matters when names would overlap (e.g. records in view): busier places keep theirs. */
  weight: (index: number) => number;
}

export const LABEL_FONT = '"DejaVu Sans", "Segoe UI", Arial, sans-serif';
/** Below this zoom the ward names would crowd the whole district into one blur. */
export const WARD_LABEL_MIN_ZOOM = 10.5;
const OUTLINE = { width: 0.8, color: 'rgba(90, 90, 90, 0.78)' };
const SELECTED_OUTLINE = { width: 3.5, color: 'rgb(29, 60, 110)' };

/**
 * Ward outlines and names on a plain 2D canvas above the data layers. A WebGL layer for each would cost a
 * shader build and, on a machine drawing WebGL in software, a read-back per frame; a few dozen lines and
 * names cost next to nothing in 2D. The canvas sits with the map's other canvases, so a capture of the map
 * (PNG, briefing) includes it.
 */
export class WardOverlay implements maplibregl.IControl {
  private map: maplibregl.Map | null = null;
  private readonly canvas = document.createElement('canvas');
  private rings: { selected: boolean; ring: Position[] }[] = [];
  private kept: { zoom: number; labels: WardLabel[]; selected: boolean[] } | null = null;

  constructor(private props: WardOverlayProps) {
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none' });
    this.canvas.className = 'ward-overlay';
    this.setProps(props);
  }

  getDefaultPosition(): maplibregl.ControlPosition {
    // Where deck.gl's canvas is: added after it, this canvas lies above it.
    return 'top-left';
  }

  onAdd(map: maplibregl.Map): HTMLElement {
    this.map = map;
    map.on('render', this.draw);
    map.on('resize', this.draw);
    this.draw();
    return this.canvas;
  }

  onRemove(): void {
    this.map?.off('render', this.draw);
    this.map?.off('resize', this.draw);
    this.canvas.remove();
    this.map = null;
  }

  setProps(props: WardOverlayProps): void {
    if (props === this.props && this.rings.length > 0) return;
    this.props = props;
    const code = props.codeProperty ?? 'WD13CD';
    const selected = new Set(props.selectedCodes);
    this.rings = props.wards.features.flatMap((f) => {
      const isSelected = selected.has(String(f.properties?.[code]));
      const g = f.geometry;
      const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
      return polygons.flat().map((ring) => ({ selected: isSelected, ring }));
    });
    // Selected outlines last, so that they lie over their neighbours' shared edges.
    this.rings.sort((a, b) => Number(a.selected) - Number(b.selected));
    this.kept = null;
    this.draw();
  }

  /** Labels that fit without overlapping at this zoom: selected wards first, then the weightiest. */
  private labelsAt(zoom: number) {
    const { labels, selectedNames, weight } = this.props;
    if (!labels || zoom < WARD_LABEL_MIN_ZOOM) return { zoom, labels: [], selected: [] };
    if (this.kept?.zoom === zoom) return this.kept;
    const keep = placeLabels(
      labels.map((l, i) => ({
        lon: l.position[0],
        lat: l.position[1],
        text: l.name,
        priority: (selectedNames.has(l.name) ? 1e12 : 0) + weight(i),
      })),
      zoom,
      { charWidth: 8.2, height: 16, offsetY: 0, padding: 2 },
    ).map((i) => labels[i]);
    this.kept = { zoom, labels: keep, selected: keep.map((l) => selectedNames.has(l.name)) };
    return this.kept;
  }

  private readonly draw = (): void => {
    const map = this.map;
    if (!map) return;
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    const ratio = window.devicePixelRatio || 1;
    const c = this.canvas;
    if (c.width !== Math.round(width * ratio) || c.height !== Math.round(height * ratio)) {
      c.width = Math.round(width * ratio);
      c.height = Math.round(height * ratio);
      Object.assign(c.style, { width: `${width}px`, height: `${height}px` });
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.lineJoin = 'round';
    for (const { selected, ring } of this.rings) {
      const style = selected ? SELECTED_OUTLINE : OUTLINE;
      ctx.beginPath();
      ring.forEach((p, i) => {
        const { x, y } = map.project([p[0], p[1]]);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
      ctx.lineWidth = style.width;
      ctx.strokeStyle = style.color;
      ctx.stroke();
    }
    const { labels, selected } = this.labelsAt(map.getZoom());
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    labels.forEach((l, i) => {
      const { x, y } = map.project(l.position);
      ctx.font = `600 ${selected[i] ? 15 : 12.5}px ${LABEL_FONT}`;
      ctx.lineWidth = 4;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.92)';
      ctx.strokeText(l.name, x, y);
      ctx.fillStyle = selected[i] ? 'rgb(20, 45, 90)' : 'rgb(30, 30, 30)';
      ctx.fillText(l.name, x, y);
    });
  };
}
