import { cellToParent, latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { h3ParentSql } from './h3Sql';
import { openNodeDuckDB } from './nodeDuckDB';
import type { DuckDBConnection } from './connection';

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await openNodeDuckDB();
});

/** A small seeded generator so the "random" cells are the same on every run. */
function mulberry32(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('H3 parent in SQL', () => {
  it('equals h3-js cellToParent for 500 random cells at every coarser resolution', async () => {
    const rand = mulberry32(42);
    const cells: string[] = [];
    for (let i = 0; i < 500; i++) {
      // Half in Thanet, half anywhere on Earth (both hemispheres, pentagon bases included by chance).
      const [lat, lon] =
        i % 2 === 0 ? [51.3 + rand() * 0.1, 1.2 + rand() * 0.25] : [rand() * 170 - 85, rand() * 360 - 180];
      cells.push(latLngToCell(lat, lon, 10 + Math.floor(rand() * 6)));
    }
    await conn.query('CREATE OR REPLACE TABLE h3cells (cell UBIGINT)');
    for (const c of cells) await conn.query('INSERT INTO h3cells VALUES (?::UBIGINT)', [BigInt(`0x${c}`).toString()]);
    for (const res of [7, 8, 9, 10]) {
      const t = await conn.query(`SELECT cell, ${h3ParentSql('cell')} AS parent FROM h3cells`, [res, res]);
      const cell = t.getChild('cell')!;
      const parent = t.getChild('parent')!;
      for (let i = 0; i < t.numRows; i++) {
        const child = (cell.get(i) as bigint).toString(16);
        expect((parent.get(i) as bigint).toString(16), `parent of ${child} at ${res}`).toBe(cellToParent(child, res));
      }
    }
  });
});
