// Node-only test helper: a DuckDB holding the embedded Thanet data, loaded through the app's own ingest.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Coordinator } from './coordinator';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import { batchToArrowIPC } from '../ingest/records/incidentBatch';
import { ingestPoliceUk, POLICE_UK_KIND, POLICE_UK_LICENCE } from '../ingest/policeUk/ingestPoliceUk';
import { openNodeDuckDB } from '../db/nodeDuckDB';
import type { DuckDBConnection } from '../db/connection';

export const POLICE_UK_DIR = join(import.meta.dirname, '../../data/police-uk');

export function readPoliceUkDir(names?: string[]) {
  const list = names ?? readdirSync(POLICE_UK_DIR).filter((n) => n.endsWith('.csv')).sort();
  return list.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(POLICE_UK_DIR, name))) }));
}

export async function loadedThanet(files = readPoliceUkDir()): Promise<{ conn: DuckDBConnection; coordinator: Coordinator }> {
  const conn = await openNodeDuckDB();
  const area = loadThanetFromDisk();
  const coordinator = await Coordinator.create(conn, area);
  const source = await ingestPoliceUk(files, area);
  await coordinator.loadEmbedded(
    {
      kind: POLICE_UK_KIND,
      label: 'test',
      licence: POLICE_UK_LICENCE,
      fingerprint: source.fingerprint,
      synthetic: false,
      notes: [],
      records: source.batch.length,
      reports: source.reports,
    },
    batchToArrowIPC(source.batch),
  );
  return { conn, coordinator };
}
