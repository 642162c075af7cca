/** A label to place: where, what, and how much it matters when labels would overlap. */
export interface LabelCandidate {
  lon: number;
  lat: number;
  text: string;
  priority: number;
}

export interface PlacementOptions {
  /** Average glyph width and line height in pixels at the drawn size. */
  charWidth: number;
  height: number;
  /** Pixels between the anchor and the label's centre, vertically (negative: above). */
  offsetY: number;
  /** Clear space kept around each label. */
  padding: number;
}

/** Web Mercator pixel position at a zoom (256-pixel tiles), as MapLibre and deck.gl draw. */
export function mercatorPixel(lon: number, lat: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

/**
 * Which labels to draw at a zoom so that none overlaps another: greedily, most important first.
 * Done here rather than on the GPU because deck.gl's collision filter needs float render targets that
 * software WebGL lacks. Returns the indices of the labels kept, in the order given.
 */
export function placeLabels(labels: readonly LabelCandidate[], zoom: number, o: PlacementOptions): number[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[b].priority - labels[a].priority || a - b);
  const cell = 128;
  const grid = new Map<string, [number, number, number, number][]>();
  const kept: number[] = [];
  for (const i of order) {
    const l = labels[i];
    const [x, y] = mercatorPixel(l.lon, l.lat, zoom);
    const w = l.text.length * o.charWidth + 2 * o.padding;
    const h = o.height + 2 * o.padding;
    const box: [number, number, number, number] = [x - w / 2, y + o.offsetY - h / 2, x + w / 2, y + o.offsetY + h / 2];
    const keys: string[] = [];
    for (let gx = Math.floor(box[0] / cell); gx <= Math.floor(box[2] / cell); gx++) {
      for (let gy = Math.floor(box[1] / cell); gy <= Math.floor(box[3] / cell); gy++) keys.push(`${gx},${gy}`);
    }
    const hit = keys.some((k) =>
      (grid.get(k) ?? []).some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3]),
    );
    if (hit) continue;
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
    kept.push(i);
  }
  return kept.sort((a, b) => a - b);
}
