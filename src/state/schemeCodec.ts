import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { BUILT_IN_SCHEMES, ILLUSTRATIVE_CSS_SCHEME, type HarmScheme } from '../domain/harmSchemes';

/**
 * A harm scheme in the URL: a built-in by id, or an analyst's own by name, its 14 weights and which of
 * them are placeholders. Basis notes stay with the exported scheme file; a link carries the numbers.
 */
export function encodeScheme(scheme: HarmScheme, p: URLSearchParams): void {
  const builtIn = BUILT_IN_SCHEMES.find((s) => s.id === scheme.id && JSON.stringify(s) === JSON.stringify(scheme));
  if (builtIn) {
    if (builtIn !== ILLUSTRATIVE_CSS_SCHEME) p.set('scheme', builtIn.id);
    return;
  }
  p.set('scheme', 'own');
  p.set('sn', scheme.name);
  p.set('sw', scheme.weights.map((w) => String(w.weight)).join(','));
  const placeholders = scheme.weights.reduce((mask, w, i) => (w.placeholder ? mask | (1 << i) : mask), 0);
  if (placeholders) p.set('sp', placeholders.toString(16));
}

export function decodeScheme(p: URLSearchParams): HarmScheme {
  const id = p.get('scheme');
  const builtIn = BUILT_IN_SCHEMES.find((s) => s.id === id);
  if (builtIn) return builtIn;
  if (id !== 'own') return ILLUSTRATIVE_CSS_SCHEME;
  const weights = (p.get('sw') ?? '').split(',').map(Number);
  if (weights.length !== POLICE_UK_CATEGORIES.length || weights.some((w) => !Number.isFinite(w) || w < 0)) {
    return ILLUSTRATIVE_CSS_SCHEME;
  }
  const placeholders = parseInt(p.get('sp') ?? '0', 16) || 0;
  const name = (p.get('sn') ?? 'Shared scheme').slice(0, 80);
  return {
    id: `own:${name}`,
    name,
    weights: POLICE_UK_CATEGORIES.map((category, i) => ({
      category,
      weight: weights[i],
      basis: (placeholders >> i) & 1 ? 'Placeholder (from a shared link).' : 'From a shared link: see the scheme file for its basis.',
      source: 'shared link',
      placeholder: ((placeholders >> i) & 1) === 1,
    })),
  };
}
