// Everything the dashboard will need that can start before its code has arrived: the data engine (which takes
// longest to start), the embedded data and the first paint. Fetched from the page's own origin only.
import type { DuckDBConnection } from '../db/connection';
import type { EmbeddedManifest, FirstPaint } from '../ingest/policeUk/embeddedManifest';

export interface EarlyStart {
  firstPaint: Promise<FirstPaint | undefined>;
  engine: Promise<DuckDBConnection>;
  embedded: Promise<{ manifest: EmbeddedManifest; ipc: Uint8Array }>;
}

const fromSite = (name: string) => fetch(`${import.meta.env.BASE_URL}data/${name}`);

/** The embedded data. Fetched afresh for each engine: inserting the records hands their buffer to the engine. */
export async function fetchEmbedded(): Promise<{ manifest: EmbeddedManifest; ipc: Uint8Array }> {
  const [manifest, ipc] = await Promise.all([
    fromSite('embedded.json').then((r) => r.json() as Promise<EmbeddedManifest>),
    fromSite('embedded.arrows').then(async (r) => new Uint8Array(await r.arrayBuffer())),
  ]);
  return { manifest, ipc };
}

/** Starts the embedded data's fetches and the engine (in its own chunk, loaded beside the dashboard's). */
export function startEarly(): EarlyStart {
  const early: EarlyStart = {
    firstPaint: fromSite('embedded-first.json')
      .then((r) => (r.ok ? (r.json() as Promise<FirstPaint>) : undefined))
      .catch(() => undefined),
    engine: import('../db/browserDuckDB').then((m) => m.openBrowserDuckDB()),
    embedded: fetchEmbedded(),
  };
  // A failure is reported when the dashboard awaits these; until then it is not an unhandled rejection.
  early.engine.catch(() => {});
  early.embedded.catch(() => {});
  return early;
}
