// The page's entry: as little as can draw the default view's hexagons from the precomputed first paint,
// at once; the dashboard (map libraries, every panel) loads behind it and takes over. The data engine and
// the embedded data start loading here too, beside the dashboard's code rather than after it.
import type { FeatureCollection } from 'geojson';
import { createRoot } from 'react-dom/client';
import wardsText from '../data/boundaries/thanet_wards_wd13.geojson?raw';
import { BootScreen } from './boot/BootScreen';
import { startEarly } from './boot/earlyStart';
import { isDefaultAddress } from './boot/FirstPaintOverlay';
// Library styles first, so that the app's own rules come after them and win (as they did in one bundle).
import 'maplibre-gl/dist/maplibre-gl.css';
import 'uplot/dist/uPlot.min.css';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
let appStarted = false;
const early = startEarly();

// The first paint shows the default view only: an address asking for another view gets the frame alone.
const showPaint = isDefaultAddress(location.hash);
void early.firstPaint.then((paint) => {
  if (!appStarted) root.render(<BootScreen paint={showPaint ? paint : undefined} wards={JSON.parse(wardsText) as FeatureCollection} />);
});

void import('./appMain').then(({ startApp }) => {
  appStarted = true;
  startApp(root, early);
});
