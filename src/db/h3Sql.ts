/**
 * H3 parent of `column` at a resolution bound as the two `?` parameters (pass the resolution twice).
 * Sets the 4 resolution bits (52–55) and fills every digit finer than the target with 7 (binary 111),
 * exactly what h3-js `cellToParent` does for a cell of a finer resolution.
 */
export function h3ParentSql(column: string): string {
  return `((${column} & ~(15::UBIGINT << 52)) | (?::UBIGINT << 52) | ((1::UBIGINT << (3 * (15 - ?::INTEGER))) - 1::UBIGINT))::UBIGINT`;
}
