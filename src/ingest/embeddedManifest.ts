import type { LoadReport } from './loadReport';

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
