import type { FileMetaData, RowGroup } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import type { BBox } from './manifest';
import { planRowGroups } from './rowGroups';

interface Stats {
  min?: number;
  max?: number;
  nulls: number;
}

/** A row group with Longitude/Latitude chunks carrying the given statistics (undefined: none written). */
function group(rows: number, lon: Stats | undefined, lat: Stats | undefined): RowGroup {
  const chunk = (name: string, s: Stats | undefined) => ({
    file_offset: 0n,
    meta_data: {
      type: 'DOUBLE' as const,
      encodings: [],
      path_in_schema: [name],
      codec: 'ZSTD' as const,
      num_values: BigInt(rows),
      total_uncompressed_size: 0n,
      total_compressed_size: 0n,
      data_page_offset: 0n,
      statistics: s && { min_value: s.min, max_value: s.max, null_count: BigInt(s.nulls) },
    },
  });
  return { columns: [chunk('Longitude', lon), chunk('Latitude', lat)], total_byte_size: 0n, num_rows: BigInt(rows) };
}

const meta = (groups: RowGroup[]) => ({ row_groups: groups }) as unknown as FileMetaData;
const box: BBox = [1.2, 51.3, 1.45, 51.4];

describe('planRowGroups', () => {
  it('reads the groups whose statistics overlap the box, merging neighbours into one row range', () => {
    const plan = planRowGroups(
      meta([
        group(10, { min: -3, max: 0, nulls: 0 }, { min: 50, max: 52, nulls: 0 }), // west of the box
        group(20, { min: 1, max: 1.3, nulls: 0 }, { min: 51, max: 51.35, nulls: 0 }), // overlaps a corner
        group(30, { min: 1.3, max: 1.4, nulls: 2 }, { min: 51.31, max: 51.39, nulls: 2 }), // inside, 2 unlocated
        group(40, { min: 1.2, max: 1.45, nulls: 0 }, { min: 51.41, max: 52, nulls: 0 }), // just north
        group(50, { min: 1.45, max: 1.8, nulls: 0 }, { min: 51.4, max: 55, nulls: 0 }), // touches the corner
      ]),
      box,
    );
    expect(plan.runs).toEqual([
      { rowStart: 10, rowEnd: 60, groups: 2 },
      { rowStart: 100, rowEnd: 150, groups: 1 },
    ]);
    expect(plan.groupsRead).toBe(3);
    expect(plan.groupsSkipped).toBe(2);
    expect(plan.rowsSkipped).toBe(50);
    expect(plan.rowsInGroupsRead).toBe(100);
  });

  it('skips a group of rows without coordinates and reads one without statistics', () => {
    const plan = planRowGroups(
      meta([group(5, { nulls: 5 }, { nulls: 5 }), group(7, undefined, undefined), group(0, undefined, undefined)]),
      box,
    );
    expect(plan.groupsUnlocated).toBe(1);
    expect(plan.runs).toEqual([{ rowStart: 5, rowEnd: 12, groups: 1 }]);
  });
});
