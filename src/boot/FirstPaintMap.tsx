import type { FeatureCollection, Position } from 'geojson';
import { classColor, classOf, countBreaks } from '../analysis/colorScale';
import type { FirstPaint } from '../ingest/policeUk/embeddedManifest';
import { FIT_PADDING } from '../map/framing';


const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * The default view's hexagons and ward outlines as SVG, drawn from the precomputed first paint before the
 * map libraries and the data engine have loaded: the same Web Mercator framing and colours as the map
 * that replaces it.
 */
export function FirstPaintMap({ paint, wards, width, height }: { paint: FirstPaint | undefined; wards: FeatureCollection; width: number; height: number }) {
  const rings: Position[][] = wards.features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.flat() : [],
  );
  const xs = rings.flatMap((r) => r.map((p) => p[0]));
  const ys = rings.flatMap((r) => r.map((p) => mercatorY(p[1])));
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = width - FIT_PADDING.left - FIT_PADDING.right;
  const h = height - FIT_PADDING.top - FIT_PADDING.bottom;
  const k = Math.min(w / ((x1 - x0) * (Math.PI / 180)), h / (y1 - y0));
  const cx = FIT_PADDING.left + w / 2;
  const cy = FIT_PADDING.top + h / 2;
  const px = (lon: number) => cx + (lon - (x0 + x1) / 2) * (Math.PI / 180) * k;
  const py = (lat: number) => cy - (mercatorY(lat) - (y0 + y1) / 2) * k;
  const path = (pts: number[]) => {
    let d = '';
    for (let i = 0; i < pts.length; i += 2) d += `${i ? 'L' : 'M'}${px(pts[i]).toFixed(1)},${py(pts[i + 1]).toFixed(1)}`;
    return `${d}Z`;
  };
  const breaks = countBreaks(Math.max(0, ...(paint?.counts ?? [])));
  const label = paint ? 'Records per hexagon, all months: the first view while the data engine starts' : 'The area, while the data engine starts';
  return (
    <svg width={width} height={height} role="img" aria-label={label}>
      {rings.map((r, i) => (
        <path key={`w${i}`} d={path(r.flat())} fill="#f6f4ef" stroke="#4a4a4a" strokeWidth={0.8} />
      ))}
      {paint?.outlines.map((o, i) => (
        <path key={paint.cells[i]} d={path(o)} fill={`rgb(${classColor(classOf(paint.counts[i], breaks), breaks.length).join(',')})`} fillOpacity={0.78} />
      ))}
    </svg>
  );
}
