// Which row groups of a month file can hold records inside a bounding box, from the Longitude/Latitude
// min/max statistics in the Parquet footer. Pure: metadata in, plan out.
import type { FileMetaData, RowGroup } from 'hyparquet';
import { bboxesOverlap, type BBox } from './manifest';

export interface RowGroupRun {
  /** First and last+1 row of a run of consecutive row groups to read (file row numbers). */
  rowStart: number;
  rowEnd: number;
  groups: number;
}

export interface RowGroupPlan {
  runs: RowGroupRun[];
  groupsRead: number;
  rowsInGroupsRead: number;
  /** Row groups whose located rows all lie outside the box. */
  groupsSkipped: number;
  /** Row groups holding only rows without coordinates (nothing in them can be placed in an area). */
  groupsUnlocated: number;
  rowsSkipped: number;
}

interface Range {
  min: number;
  max: number;
  nulls: number;
}

function columnRange(group: RowGroup, name: string): Range | undefined {
  const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
  const stats = chunk?.meta_data?.statistics;
  if (!stats) return undefined;
  const min = stats.min_value ?? stats.min;
  const max = stats.max_value ?? stats.max;
  const nulls = stats.null_count === undefined ? NaN : Number(stats.null_count);
  return { min: min === undefined ? NaN : Number(min), max: max === undefined ? NaN : Number(max), nulls };
}

export function planRowGroups(metadata: FileMetaData, bbox: BBox): RowGroupPlan {
  const plan: RowGroupPlan = { runs: [], groupsRead: 0, rowsInGroupsRead: 0, groupsSkipped: 0, groupsUnlocated: 0, rowsSkipped: 0 };
  let rowStart = 0;
  for (const group of metadata.row_groups) {
    const rows = Number(group.num_rows);
    const lon = columnRange(group, 'Longitude');
    const lat = columnRange(group, 'Latitude');
    const allNull = (r: Range | undefined) => r !== undefined && r.nulls === rows;
    const known = (r: Range | undefined): r is Range => r !== undefined && Number.isFinite(r.min) && Number.isFinite(r.max);
    let read: boolean;
    if (rows === 0) read = false;
    else if (allNull(lon) || allNull(lat)) {
      read = false;
      plan.groupsUnlocated++;
    } else if (known(lon) && known(lat)) {
      read = bboxesOverlap([lon.min, lat.min, lon.max, lat.max], bbox);
      if (!read) plan.groupsSkipped++;
    } else read = true; // no statistics: cannot rule the group out
    if (read) {
      const last = plan.runs[plan.runs.length - 1];
      if (last && last.rowEnd === rowStart) {
        last.rowEnd += rows;
        last.groups++;
      } else plan.runs.push({ rowStart, rowEnd: rowStart + rows, groups: 1 });
      plan.groupsRead++;
      plan.rowsInGroupsRead += rows;
    } else plan.rowsSkipped += rows;
    rowStart += rows;
  }
  return plan;
}
