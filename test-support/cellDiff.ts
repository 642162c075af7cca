// Compares per-cell figures from the app with an oracle's, so a failing test says how far apart they are
// (how many cells differ, by how many records) rather than dumping two maps of a thousand entries.

export interface CellMismatch {
  cell: string;
  app: number;
  oracle: number;
}

/** Every cell where the two differ; a cell absent on one side counts as 0 there. */
export function cellMismatches(app: ReadonlyMap<string, number>, oracle: ReadonlyMap<string, number>): CellMismatch[] {
  const out: CellMismatch[] = [];
  for (const cell of new Set([...app.keys(), ...oracle.keys()])) {
    const a = app.get(cell) ?? 0;
    const o = oracle.get(cell) ?? 0;
    if (a !== o) out.push({ cell, app: a, oracle: o });
  }
  return out.sort((x, y) => Math.abs(y.app - y.oracle) - Math.abs(x.app - x.oracle) || x.cell.localeCompare(y.cell));
}

/** One line for a failure message: "37 cells differ (oracle has 427), Σ|app − oracle| = 812; worst: …". */
export function describeMismatches(m: readonly CellMismatch[], oracleCells: number): string {
  const off = m.reduce((s, x) => s + Math.abs(x.app - x.oracle), 0);
  const worst = m.slice(0, 3).map((x) => `${x.cell} app ${x.app} oracle ${x.oracle}`).join('; ');
  return `${m.length} cells differ (oracle has ${oracleCells}), Σ|app − oracle| = ${off}; worst: ${worst}`;
}
