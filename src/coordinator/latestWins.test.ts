import { describe, expect, it } from 'vitest';
import { LatestWins } from './latestWins';

const deferred = () => {
  let resolve!: (v: number) => void;
  const promise = new Promise<number>((r) => (resolve = r));
  return { promise, resolve };
};

describe('latest wins', () => {
  it('runs the first task, drops the ones superseded while it runs, then runs the latest', async () => {
    const q = new LatestWins<number>();
    const first = deferred();
    const ran: number[] = [];
    const a = q.schedule(() => (ran.push(1), first.promise));
    const b = q.schedule(async () => (ran.push(2), 2));
    const c = q.schedule(async () => (ran.push(3), 3));
    first.resolve(1);
    expect(await a).toEqual({ ok: true, value: 1 });
    expect(await b).toEqual({ ok: false, superseded: true });
    expect(await c).toEqual({ ok: true, value: 3 });
    expect(ran).toEqual([1, 3]);
  });

  it('passes errors to the caller and keeps working', async () => {
    const q = new LatestWins<number>();
    await expect(q.schedule(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await q.schedule(async () => 7)).toEqual({ ok: true, value: 7 });
  });
});
