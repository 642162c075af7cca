import { cellsToCsv, cellsToGeoJson, type ExportCell } from '../export/cellsExport';
import { download } from './download';

interface Props {
  rows: () => ExportCell[];
  onMapPng: () => void;
  /** What the rows are: goes into file names and the GeoJSON metadata. */
  describe: { layer: string; metric: string; period: string; fingerprint: string; disclosure: string };
}

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();

/** Current layer's cells as GeoJSON and CSV, and the trend chart as PNG — all made in the browser. */
export function ExportControl({ rows, describe, onMapPng }: Props) {
  const base = `harmspot-${slug(describe.layer)}-${slug(describe.period)}`;
  const chartPng = () => {
    const canvas = document.querySelector<HTMLCanvasElement>('.trend-chart canvas');
    canvas?.toBlob((blob) => blob && download(`${base}-trend.png`, blob, 'image/png'));
  };
  return (
    <section className="control export" aria-label="Export">
      <h3 className="control-title">Export</h3>
      <div className="group-buttons">
        <button type="button" data-testid="export-geojson" onClick={() => download(`${base}.geojson`, cellsToGeoJson(rows(), describe), 'application/geo+json')}>
          Cells GeoJSON
        </button>
        <button type="button" data-testid="export-csv" onClick={() => download(`${base}.csv`, cellsToCsv(rows(), describe.disclosure), 'text/csv')}>
          Cells CSV
        </button>
        <button type="button" onClick={chartPng}>
          Trend PNG
        </button>
        <button type="button" onClick={onMapPng} data-testid="export-map-png">
          Map PNG
        </button>
      </div>
    </section>
  );
}
