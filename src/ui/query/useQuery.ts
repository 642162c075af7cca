import { useEffect, useRef, useState } from 'react';
import type { Outcome } from '../../coordinator/scheduler';

/**
 * What a panel knows of its question: nothing asked yet, waiting (with the last answer, now stale, to show
 * meanwhile), answered, or failed (with the last good answer, if any). `cancel` stops waiting for it.
 */
export type QueryState<T> =
  | { status: 'idle'; value: null; stale: false; error: null }
  | { status: 'pending'; value: T | null; stale: boolean; error: null }
  | { status: 'ok'; value: T; stale: false; error: null }
  | { status: 'error'; value: T | null; stale: boolean; error: Error };

const IDLE = { status: 'idle', value: null, stale: false, error: null } as const;

/**
 * The one query hook: a panel states its question (`ask`, which goes to the coordinator's scheduler) and the
 * key of everything the question depends on; the hook turns it into a QueryState. A newer key or unmounting
 * leaves the older answer unused; an answer superseded in the scheduler leaves the state pending for the
 * newer one.
 */
export function useQuery<T>(ask: (() => Promise<Outcome<T>>) | null, key: string): QueryState<T> & { cancel: () => void } {
  const [state, setState] = useState<QueryState<T>>(IDLE);
  const live = useRef<{ key: string; cancelled: boolean } | null>(null);
  const askRef = useRef(ask);
  askRef.current = ask;
  const enabled = ask !== null;
  useEffect(() => {
    const run = askRef.current;
    if (!run) {
      setState(IDLE);
      return;
    }
    const token = { key, cancelled: false };
    live.current = token;
    setState((s) => (s.status === 'idle' ? { status: 'pending', value: null, stale: false, error: null } : { status: 'pending', value: s.value, stale: s.value !== null, error: null }));
    run().then(
      (o) => {
        if (token.cancelled || live.current !== token || !o.ok) return;
        setState({ status: 'ok', value: o.value, stale: false, error: null });
      },
      (err: unknown) => {
        if (token.cancelled || live.current !== token) return;
        const error = err instanceof Error ? err : new Error(String(err));
        setState((s) => ({ status: 'error', value: s.value, stale: s.value !== null, error }));
      },
    );
    return () => {
      token.cancelled = true;
    };
  }, [key, enabled]);
  const cancel = () => {
    if (live.current) live.current.cancelled = true;
  };
  return { ...state, cancel };
}
