import type { ColumnMapping } from '../domain/columnMapping';

const KEY = 'harmspot.columnMappings.v1';

/** Column mappings remembered in this browser by header signature (the same export maps the same way). */
export function recallMapping(signature: string): ColumnMapping | undefined {
  try {
    const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ColumnMapping>;
    return all[signature];
  } catch {
    return undefined;
  }
}

export function rememberMapping(signature: string, mapping: ColumnMapping): void {
  try {
    const all = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ColumnMapping>;
    all[signature] = mapping;
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage may be full or disabled: the mapping then simply is not remembered.
  }
}
