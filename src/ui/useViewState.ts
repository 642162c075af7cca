import { useCallback, useEffect, useState } from 'react';
import { decodeViewState, encodeViewState } from '../state/urlCodec';
import type { ViewState } from '../state/viewState';

/** The view state, kept in the URL hash so that a copied link reopens the same view. */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [state, setState] = useState<ViewState>(() => decodeViewState(window.location.hash));

  useEffect(() => {
    const hash = encodeViewState(state);
    if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
  }, [state]);

  useEffect(() => {
    const onHash = () => setState(decodeViewState(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const update = useCallback((change: Partial<ViewState>) => setState((s) => ({ ...s, ...change })), []);
  return [state, update];
}
