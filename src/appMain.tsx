// The app proper, loaded by src/main.tsx while the first paint is on screen.
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { Coordinator } from './coordinator/coordinator';
import { fetchEmbedded, type EarlyStart } from './boot/earlyStart';
import { openBrowserDuckDB, whenEngineStops } from './db/browserDuckDB';
import { THANET, THANET_LSOAS, THANET_WARDS } from './geo/boundaries';
import { workerIngester } from './ingest/policeUk/workerIngester';
import type { FirstPaint } from './ingest/policeUk/embeddedManifest';
import { App } from './ui/App';
import { restoreLoads, type Restored } from './ui/restoreLoads';

const mark = (name: string) => performance.mark(name);
mark('harmspot:app-code');

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

let early: EarlyStart;

/** The engine and embedded data: the ones the entry started, the first time; fresh ones after a restart. */
async function start(onDead: () => void, restart: boolean): Promise<{ coordinator: Coordinator; restored: Restored }> {
  const [conn, { manifest, ipc }] = await Promise.all([
    (restart ? openBrowserDuckDB() : early.engine).then((c) => (mark('harmspot:engine'), whenEngineStops(c, onDead))),
    restart ? fetchEmbedded() : early.embedded,
  ]);
  const coordinator = await Coordinator.create(conn, THANET, workerIngester(THANET_WARDS, THANET_LSOAS));
  mark('harmspot:schema');
  await coordinator.loadEmbedded(manifest, ipc);
  mark('harmspot:embedded');
  const restored = await restoreLoads(coordinator);
  mark('harmspot:restored');
  return { coordinator, restored };
}

/** Starts (or, after the worker died, restarts) the engine: embedded data, then the files kept in this browser. */
function boot(notice?: string): void {
  const gen = ++generation;
  render(null, null, undefined, notice);
  const restart = () => {
    if (gen === generation) boot('The data engine stopped and was restarted; the embedded data and the files kept in this browser were loaded again.');
  };
  start(restart, gen > 1).then(
    ({ coordinator, restored }) => {
      if (gen !== generation) return;
      engineReady = true;
      render(coordinator, null, restored, notice);
    },
    (err) => render(null, `The data engine could not start: ${String(err)}`),
  );
}

/** Takes over the page from the first paint: the dashboard, then the engine behind it. */
export function startApp(into: Root, started: EarlyStart): void {
  root = into;
  early = started;
  void early.firstPaint.then((f) => {
    firstPaint = f;
    if (!engineReady && f) render(null);
  });
  boot();
}
