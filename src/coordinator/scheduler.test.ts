import { describe, expect, it } from 'vitest';
import { PRIORITY, QueryScheduler, questionKey, type Priority } from './scheduler';

/** A task that finishes when the test says so, recording that it started. */
function gate<T>(value: T, started: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return {
    open,
    run: async () => {
      started.push(name);
      await opened;
      return value;
    },
  };
}

const q = <T>(consumer: string, key: string, priority: Priority, run: () => Promise<T>) => ({ consumer, key, priority, run });

describe('the query scheduler', () => {
  it('keeps the latest question per consumer, never cancelling another consumer', async () => {
    const s = new QueryScheduler();
    const started: string[] = [];
    const first = gate(1, started, 'first');
    const a = s.ask(q('map', 'a', PRIORITY.view, first.run));
    const b = s.ask(q('map', 'b', PRIORITY.view, async () => 2));
    const c = s.ask(q('map', 'c', PRIORITY.view, async () => 3));
    const other = s.ask(q('trend', 't', PRIORITY.view, async () => 9));
    first.open();
    expect(await a.answer).toEqual({ ok: true, value: 1 });
    expect(await b.answer).toEqual({ ok: false, superseded: true });
    expect(await c.answer).toEqual({ ok: true, value: 3 });
    expect(await other.answer).toEqual({ ok: true, value: 9 });
  });

  it('runs the view before hover and hover before prefetch, whatever order they were asked in', async () => {
    const s = new QueryScheduler();
    const started: string[] = [];
    const blocker = gate(0, started, 'blocker');
    s.ask(q('x', 'blocker', PRIORITY.view, blocker.run));
    const p = s.ask(q('prefetch', 'p', PRIORITY.prefetch, async () => started.push('prefetch')));
    const h = s.ask(q('hover', 'h', PRIORITY.hover, async () => started.push('hover')));
    const v = s.ask(q('map', 'v', PRIORITY.view, async () => started.push('view')));
    blocker.open();
    await Promise.all([p.answer, h.answer, v.answer]);
    expect(started).toEqual(['blocker', 'view', 'hover', 'prefetch']);
  });

  it('answers a repeated question from its cache until the data changes', async () => {
    const s = new QueryScheduler();
    let runs = 0;
    const ask = () => s.ask(q('map', questionKey([{ from: 1, to: 2 }, new Float64Array([1, 2]), 9n]), PRIORITY.view, async () => ++runs)).answer;
    expect(await ask()).toEqual({ ok: true, value: 1 });
    expect(await ask()).toEqual({ ok: true, value: 1 });
    s.invalidate();
    expect(await ask()).toEqual({ ok: true, value: 2 });
  });

  it('does not cache an answer computed across a data change', async () => {
    const s = new QueryScheduler();
    const started: string[] = [];
    const g = gate('old', started, 'g');
    const a = s.ask(q('map', 'k', PRIORITY.view, g.run));
    s.invalidate();
    g.open();
    expect(await a.answer).toEqual({ ok: true, value: 'old' });
    expect(await s.ask(q('map', 'k', PRIORITY.view, async () => 'new')).answer).toEqual({ ok: true, value: 'new' });
  });

  it('cancels a waiting question without running it, and passes errors to their asker only', async () => {
    const s = new QueryScheduler();
    const started: string[] = [];
    const blocker = gate(0, started, 'blocker');
    s.ask(q('x', 'blocker', PRIORITY.view, blocker.run));
    const dropped = s.ask(q('panel', 'd', PRIORITY.view, async () => started.push('dropped')));
    dropped.cancel();
    const failing = s.ask(q('bad', 'e', PRIORITY.view, async () => Promise.reject(new Error('engine said no'))));
    const fine = s.ask(q('good', 'f', PRIORITY.view, async () => 'fine'));
    blocker.open();
    expect(await dropped.answer).toEqual({ ok: false, superseded: true });
    await expect(failing.answer).rejects.toThrow('engine said no');
    expect(await fine.answer).toEqual({ ok: true, value: 'fine' });
    expect(started).not.toContain('dropped');
  });
});
