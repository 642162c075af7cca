export type Outcome<T> = { ok: true; value: T } | { ok: false; superseded: true };

/**
 * Runs async tasks one at a time and keeps at most one waiting: a newer task replaces the waiting one,
 * whose caller is told it was superseded. A slider dragged across 30 months runs ≤ 2 queries, not 30.
 */
export class LatestWins<T> {
  private running = false;
  private waiting: { task: () => Promise<T>; resolve: (o: Outcome<T>) => void; reject: (e: unknown) => void } | null =
    null;

  schedule(task: () => Promise<T>): Promise<Outcome<T>> {
    return new Promise((resolve, reject) => {
      if (this.waiting) this.waiting.resolve({ ok: false, superseded: true });
      this.waiting = { task, resolve, reject };
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.waiting) {
      const { task, resolve, reject } = this.waiting;
      this.waiting = null;
      try {
        resolve({ ok: true, value: await task() });
      } catch (err) {
        reject(err);
      }
    }
    this.running = false;
  }
}
