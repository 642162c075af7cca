import type { Layer } from '@deck.gl/core';
import { countBreaks } from '../analysis/colorScale';
import { PERCEPTION_COLORS } from '../analysis/palettes';
import { THANET, THANET_WARDS } from '../geo/boundaries';
import { analysisLayer, hexLayer, perceptionPointLayer, wardClassLayer } from '../map/layers';
import type { PerceptionView } from './usePerception';

/** The perception survey on the map: points, unsafe marks per cell, or the four-way classes. */
export function perceptionLayers(view: PerceptionView | null, layer: string, level: 'ward' | 'cell'): Layer[] {
  if (!view || layer === 'off') return [];
  if (layer === 'points' && view.points) return [perceptionPointLayer(view.points)];
  if (layer === 'cells' && view.cells) {
    const counts = Float64Array.from(view.cells.unsafe);
    const max = Math.max(0, ...counts);
    return [hexLayer({ hexes: view.cells.hexes, counts, breaks: countBreaks(max) }, () => {}, () => {}, 0.85, 'perception-cells')];
  }
  if (layer === 'fourway' && level === 'ward') {
    const byCode = new Map(view.areas.map((a) => [THANET.wards[a.key as number].code, PERCEPTION_COLORS[a.cls]]));
    return [wardClassLayer(THANET_WARDS, (code) => byCode.get(code) ?? [0, 0, 0, 0], JSON.stringify(view.areas.map((a) => a.cls)))];
  }
  if (layer === 'fourway') {
    const shown = view.areas.filter((a) => a.answers > 0 || a.harm > 0);
    return [analysisLayer('perception-fourway', { hexes: shown.map((a) => String(a.key)), colors: shown.map((a) => PERCEPTION_COLORS[a.cls]) }, () => {})];
  }
  return [];
}
