// The app proper, loaded by src/main.tsx while the first paint is on screen.
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { Coordinator } from './coordinator/coordinator';
import { openBrowserDuckDB } from './db/browserDuckDB';
import { THANET, THANET_WARDS } from './geo/boundaries';
import { workerIngester } from './ingest/workerIngester';
import type { EmbeddedManifest, FirstPaint } from './ingest/embeddedManifest';
import { App } from './ui/App';
import { restoreLoads, type Restored } from './ui/restoreLoads';

let root: Root;
let firstPaint: FirstPaint | undefined;
let engineReady = false;
const render = (coordinator: Coordinator | null, startError: string | null = null, restored?: Restored, notice?: string) =>
  root.render(
    <StrictMode>
      <App coordinator={coordinator} startError={startError} restored={restored} notice={notice} firstPaint={firstPaint} />
    </StrictMode>,
  );

let generation = 0;

// Queries still waiting on a worker that died fail with this message while the engine restarts: expected, not errors.
window.addEventListener('unhandledrejection', (e) => {
  if (String((e.reason as Error)?.message ?? '').startsWith('The data engine stopped')) e.preventDefault();
});

async function start(onDead: () => void): Promise<{ coordinator: Coordinator; restored: Restored }> {
  const base = import.meta.env.BASE_URL;
  const [conn, manifest, ipc] = await Promise.all([
    openBrowserDuckDB(onDead),
    fetch(`${base}data/embedded.json`).then((r) => r.json() as Promise<EmbeddedManifest>),
    fetch(`${base}data/embedded.arrows`).then(async (r) => new Uint8Array(await r.arrayBuffer())),
  ]);
  const coordinator = await Coordinator.create(conn, THANET, workerIngester(THANET_WARDS));
  await coordinator.loadEmbedded(manifest, ipc);
  return { coordinator, restored: await restoreLoads(coordinator) };
}

/** Starts (or, after the worker died, restarts) the engine: embedded data, then the files kept in this browser. */
function boot(notice?: string): void {
  const gen = ++generation;
  render(null, null, undefined, notice);
  const restart = () => {
    if (gen === generation) boot('The data engine stopped and was restarted; the embedded data and the files kept in this browser were loaded again.');
  };
  start(restart).then(
    ({ coordinator, restored }) => {
      if (gen !== generation) return;
      engineReady = true;
      render(coordinator, null, restored, notice);
    },
    (err) => render(null, `The data engine could not start: ${String(err)}`),
  );
}

/** Takes over the page from the first paint: the dashboard, then the engine behind it. */
export function startApp(into: Root, paint: Promise<FirstPaint | undefined>): void {
  root = into;
  void paint.then((f) => {
    firstPaint = f;
    if (!engineReady && f) render(null);
  });
  boot();
}
