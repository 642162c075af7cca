import type { Layer } from '@deck.gl/core';
import { countBreaks } from '../analysis/colorScale';
import { PERCEPTION_COLORS } from '../analysis/palettes';
import { THANET, THANET_WARDS } from '../geo/boundaries';
import { analysisLayer, hexLayer, perceptionPointLayer, wardClassLayer } from '../map/layers';
import type { PerceptionView } from './usePerception';

/**
 * The perception survey on the map: points, unsafe marks per cell, or the four-way classes at the level the view
 * was computed at — not the level just chosen, whose figures may not have arrived yet (drawing cell figures as
 * wards, or ward figures as cells, is what once crashed the page on a change of level).
 */
export function perceptionLayers(view: PerceptionView | null, layer: string): Layer[] {
  if (!view || layer === 'off') return [];
  if (layer === 'points' && view.points) return [perceptionPointLayer(view.points)];
  if (layer === 'cells' && view.cells) {
    const counts = Float64Array.from(view.cells.unsafe);
    const max = Math.max(0, ...counts);
    return [hexLayer({ hexes: view.cells.hexes, counts, breaks: countBreaks(max) }, () => {}, () => {}, 0.85, 'perception-cells')];
  }
  if (layer === 'fourway' && view.level === 'ward') {
    const byCode = new Map(
      view.areas.flatMap((a) => (typeof a.key === 'number' && THANET.wards[a.key] ? [[THANET.wards[a.key].code, PERCEPTION_COLORS[a.cls]] as const] : [])),
    );
    return [wardClassLayer(THANET_WARDS, (code) => byCode.get(code) ?? [0, 0, 0, 0], JSON.stringify(view.areas.map((a) => a.cls)))];
  }
  if (layer === 'fourway') {
    const shown = view.areas.filter((a) => typeof a.key === 'string' && (a.answers > 0 || a.harm > 0));
    return [analysisLayer('perception-fourway', { hexes: shown.map((a) => String(a.key)), colors: shown.map((a) => PERCEPTION_COLORS[a.cls]) }, () => {})];
  }
  return [];
}
