import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';

export const SEA = '#c9dde9';
const OTHER_LAND = '#e4e2dc';
const AREA_LAND = '#f6f4ef';

/**
 * An offline basemap: sea, the other Kent districts for context, and the area's wards as land (their
 * outlines are drawn by deck.gl above the data).
 * No tile, glyph or sprite server: every label is drawn by deck.gl instead.
 */
export function offlineStyle(wards: FeatureCollection, districts: FeatureCollection): StyleSpecification {
  return {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: districts },
      wards: { type: 'geojson', data: wards },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': OTHER_LAND } },
      { id: 'districts-line', type: 'line', source: 'districts', paint: { 'line-color': '#b9b6ae', 'line-width': 1 } },
      { id: 'wards-fill', type: 'fill', source: 'wards', paint: { 'fill-color': AREA_LAND } },
    ],
  };
}
