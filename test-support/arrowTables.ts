import { makeVector, Table, type Vector } from 'apache-arrow';

/** An Arrow table from typed arrays and vectors, without Arrow's code-generating builders. */
export function makeTable(columns: Record<string, Vector | Float64Array | Int32Array>): Table {
  const vectors: Record<string, Vector> = {};
  for (const [name, col] of Object.entries(columns)) vectors[name] = ArrayBuffer.isView(col) ? makeVector(col) : col;
  return new Table(vectors);
}
