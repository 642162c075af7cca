// The page's entry: as little as can draw the default view's hexagons from the precomputed first paint,
// at once; the dashboard (map libraries, DuckDB-wasm, every panel) loads behind it and takes over.
import type { FeatureCollection } from 'geojson';
import { createRoot } from 'react-dom/client';
import wardsText from '../data/boundaries/thanet_wards_wd13.geojson?raw';
import { BootScreen } from './boot/BootScreen';
import { isDefaultAddress } from './boot/FirstPaintOverlay';
import type { FirstPaint } from './ingest/embeddedManifest';
// Library styles first, so that the app's own rules come after them and win (as they did in one bundle).
import 'maplibre-gl/dist/maplibre-gl.css';
import 'uplot/dist/uPlot.min.css';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
let appStarted = false;

const firstPaint: Promise<FirstPaint | undefined> = fetch(`${import.meta.env.BASE_URL}data/embedded-first.json`)
  .then((r) => (r.ok ? (r.json() as Promise<FirstPaint>) : undefined))
  .catch(() => undefined);

// The first paint shows the default view only: an address asking for another view gets the frame alone.
const showPaint = isDefaultAddress(location.hash);
void firstPaint.then((paint) => {
  if (!appStarted) root.render(<BootScreen paint={showPaint ? paint : undefined} wards={JSON.parse(wardsText) as FeatureCollection} />);
});

void import('./appMain').then(({ startApp }) => {
  appStarted = true;
  startApp(root, firstPaint);
});
