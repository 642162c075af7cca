import type { LoadReport } from '../records/loadReport';

/** Hexagon counts of the default view of the embedded data, drawn before DuckDB-wasm has started. */
export interface FirstPaint {
  resolution: number;
  cells: string[];
  /** Each cell's outline as lon, lat, lon, lat, … */
  outlines: number[][];
  counts: number[];
  months: number[];
  fingerprint: string;
}

/** Describes public/data/embedded.arrows, written by scripts/prepare-data.ts. */
export interface EmbeddedManifest {
  kind: string;
  label: string;
  licence: string;
  fingerprint: string;
  synthetic: boolean;
  notes: string[];
  records: number;
  reports: LoadReport[];
}
