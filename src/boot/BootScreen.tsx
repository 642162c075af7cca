import type { FeatureCollection } from 'geojson';
import type { FirstPaint } from '../ingest/policeUk/embeddedManifest';
import { FirstPaintOverlay, markOnce } from './FirstPaintOverlay';

const markFirstHexagons = () => markOnce('harmspot:first-hexagons');

/** The dashboard's frame with the first paint where the map will be, until the dashboard takes over. */
export function BootScreen({ paint, wards }: { paint: FirstPaint | undefined; wards: FeatureCollection }) {
  return (
    <div className="app boot">
      <header className="topbar">
        <h1>
          harmspot <span className="muted">· Thanet crime and ASB</span>
        </h1>
        <p role="status" className="muted">
          Starting the data engine…
        </p>
      </header>
      <aside className="sidebar" aria-label="Filters" />
      <main className="map-pane">
        <FirstPaintOverlay paint={paint} wards={wards} onPainted={paint ? markFirstHexagons : undefined} />
      </main>
      <aside className="insights" aria-label="Trend and wards" />
    </div>
  );
}
