/** Resolves once `ready()` holds (checked every 100 ms), or after `timeout` ms whatever happens. */
export function waitFor(ready: () => boolean, timeout: number): Promise<void> {
  return new Promise((resolve) => {
    const started = Date.now();
    const tick = () => (ready() || Date.now() - started > timeout ? resolve() : setTimeout(tick, 100));
    tick();
  });
}
