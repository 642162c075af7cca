/** An answer, or word that a newer question of the same consumer (or a cancel) took its place. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; superseded: true };

/** Who waits first: what the view shows, then what the pointer is over, then what might be wanted next. */
export const PRIORITY = { view: 0, hover: 1, prefetch: 2 } as const;
export type Priority = (typeof PRIORITY)[keyof typeof PRIORITY];

/** A question as a consumer (one panel, the map, the hover card) puts it. */
export interface Question<T> {
  /** Latest wins per consumer: a consumer's newer question replaces its own waiting one, never another's. */
  consumer: string;
  /**
   * The whole request as a stable string: filter, area, release, resolution, weights and sources included,
   * so two questions with the same key have the same answer while the data version stands.
   */
  key: string;
  priority: Priority;
  run: () => Promise<T>;
}

export interface Asked<T> {
  answer: Promise<Outcome<T>>;
  /** The consumer no longer wants it: a waiting question is dropped, a running one's answer is ignored. */
  cancel: () => void;
}

interface Waiting {
  question: Question<unknown>;
  order: number;
  version: number;
  resolve: (o: Outcome<unknown>) => void;
  reject: (e: unknown) => void;
}

const CACHE_ENTRIES = 128;

/**
 * The one queue every question goes through (as Mosaic's query manager): one question runs at a time (the
 * engine answers one at a time anyway), the waiting ones by priority then age, at most one waiting per
 * consumer. Answers are cached by key until the data changes (`invalidate`): a panel that asks again — a
 * slider dragged back, a mode switched back — is answered without the engine.
 */
export class QueryScheduler {
  private version = 0;
  private orderCounter = 0;
  private running = false;
  private readonly waiting = new Map<string, Waiting>();
  private readonly cache = new Map<string, unknown>();

  /** The data changed (a load stored, a source removed): every cached answer is forgotten. */
  invalidate(): void {
    this.version++;
    this.cache.clear();
  }

  get dataVersion(): number {
    return this.version;
  }

  ask<T>(question: Question<T>): Asked<T> {
    let settled = false;
    let cancelled = false;
    const answer = new Promise<Outcome<T>>((resolve, reject) => {
      if (this.cache.has(question.key)) {
        const value = this.cache.get(question.key) as T;
        // Most recently used last, so the oldest is the one let go.
        this.cache.delete(question.key);
        this.cache.set(question.key, value);
        resolve({ ok: true, value });
        return;
      }
      this.waiting.get(question.consumer)?.resolve({ ok: false, superseded: true });
      this.waiting.set(question.consumer, {
        question: question as Question<unknown>,
        order: this.orderCounter++,
        version: this.version,
        resolve: (o) => {
          settled = true;
          resolve(cancelled ? { ok: false, superseded: true } : (o as Outcome<T>));
        },
        reject,
      });
      if (!this.running) void this.drain();
    });
    return {
      answer,
      cancel: () => {
        cancelled = true;
        const w = this.waiting.get(question.consumer);
        if (!settled && w?.question === question) {
          this.waiting.delete(question.consumer);
          w.resolve({ ok: false, superseded: true });
        }
      },
    };
  }

  private next(): Waiting | undefined {
    let best: Waiting | undefined;
    for (const w of this.waiting.values()) {
      if (!best || w.question.priority < best.question.priority || (w.question.priority === best.question.priority && w.order < best.order)) best = w;
    }
    return best;
  }

  private async drain(): Promise<void> {
    this.running = true;
    for (let w = this.next(); w; w = this.next()) {
      this.waiting.delete(w.question.consumer);
      try {
        const value = await w.question.run();
        // An answer computed on data that changed meanwhile is given to its asker but not cached.
        if (w.version === this.version) {
          this.cache.set(w.question.key, value);
          if (this.cache.size > CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
        }
        w.resolve({ ok: true, value });
      } catch (err) {
        w.reject(err);
      }
    }
    this.running = false;
  }
}

/** A stable key for a request: JSON with typed arrays and bigints written out. */
export function questionKey(parts: readonly unknown[]): string {
  return JSON.stringify(parts, (_k, v) =>
    typeof v === 'bigint' ? `${v}n` : ArrayBuffer.isView(v) ? Array.from(v as unknown as ArrayLike<number>) : v instanceof Set ? [...v] : v,
  );
}
