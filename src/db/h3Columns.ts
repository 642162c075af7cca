import { H3_RESOLUTIONS, h3ColumnName } from '../domain/h3Resolutions';

/** A record (or answer) with a point in the area: it has a cell at every resolution, so test the finest. */
export const LOCATED = 'h3_10 IS NOT NULL';

/** `h3_7 UBIGINT, …` for CREATE TABLE: each the point's own cell at that resolution (latLngToCell). */
export const H3_COLUMNS_DDL = H3_RESOLUTIONS.map((r) => `${h3ColumnName(r)} UBIGINT`).join(', ');

/** `NULLIF(h3_7, 0), …` for an insert from Arrow, where 0 stands for "no cell". */
export const H3_COLUMNS_FROM_ARROW = H3_RESOLUTIONS.map((r) => `NULLIF(${h3ColumnName(r)}, 0)`).join(', ');
