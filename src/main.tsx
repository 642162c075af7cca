import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Coordinator } from './coordinator/coordinator';
import { openBrowserDuckDB } from './db/browserDuckDB';
import { THANET } from './geo/boundaries';
import type { EmbeddedManifest } from './ingest/embeddedManifest';
import { App } from './ui/App';
import { restoreLoads, type Restored } from './ui/restoreLoads';
import './ui/app.css';

const root = createRoot(document.getElementById('root')!);
const render = (coordinator: Coordinator | null, startError: string | null = null, restored?: Restored) =>
  root.render(
    <StrictMode>
      <App coordinator={coordinator} startError={startError} restored={restored} />
    </StrictMode>,
  );

async function start(): Promise<{ coordinator: Coordinator; restored: Restored }> {
  const base = import.meta.env.BASE_URL;
  const [conn, manifest, ipc] = await Promise.all([
    openBrowserDuckDB(),
    fetch(`${base}data/embedded.json`).then((r) => r.json() as Promise<EmbeddedManifest>),
    fetch(`${base}data/embedded.arrows`).then(async (r) => new Uint8Array(await r.arrayBuffer())),
  ]);
  const coordinator = await Coordinator.create(conn, THANET);
  await coordinator.loadEmbedded(manifest, ipc);
  return { coordinator, restored: await restoreLoads(coordinator) };
}

render(null);
start().then(
  ({ coordinator, restored }) => render(coordinator, null, restored),
  (err) => render(null, `The data engine could not start: ${String(err)}`),
);
