import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HotSpotRunner } from '../coordinator/hotSpotRunner';
import { loadedThanet } from '../coordinator/loadedThanet';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';
import { loadThanetFromDisk } from '../geo/areaFromDisk';
import { cellsToCsv, cellsToGeoJson } from './cellsExport';
import { hotSpotExportRows, wardOfCell } from './exportRows';

const area = loadThanetFromDisk();
const everything = { fromMonth: 0, toMonth: 10_000, categories: [...Array(14).keys()], wards: [], weights: COUNT_WEIGHTS };

describe('exporting cells', () => {
  it('writes GeoJSON that GDAL (ogrinfo) reads: every hot-spot cell a polygon with its statistics', async () => {
    const { conn } = await loadedThanet();
    const r = await new HotSpotRunner(conn, area).hotSpots(everything, 9, { k: 1, fdr: true, withinSelection: false });
    const rows = hotSpotExportRows(r, false, wardOfCell(area));
    const dir = mkdtempSync(join(tmpdir(), 'harmspot-export-'));
    const file = join(dir, 'cells.geojson');
    writeFileSync(file, cellsToGeoJson(rows, { source: 'test' }));
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-so', file], { encoding: 'utf8' });
    expect(info).toContain(`Feature Count: ${rows.length}`);
    expect(info).toMatch(/Geometry: Polygon/);
    for (const field of ['h3', 'ward', 'count', 'z', 'p_adjusted', 'gi_bin', 'map_points']) expect(info).toContain(`${field}:`);
    // GDAL reads the values back as written.
    const one = execFileSync('ogrinfo', ['-ro', '-al', '-where', `h3 = '${rows[0].cell}'`, file], { encoding: 'utf8' });
    expect(one).toMatch(new RegExp(`count \\((Integer|Real)\\) = ${rows[0].count}\\b`));
    expect(rows.length).toBe(r.cells.length);
  });

  it('escapes formula payloads in CSV, and keeps hostile text as text', () => {
    const csv = cellsToCsv([
      { cell: '891948c000bffff', ward: '=HYPERLINK("http://x")', count: 3, harm: null },
      { cell: '891948c000fffff', ward: '<img src=x onerror=alert(1)>', count: -2, harm: 1.5 },
      { cell: '891948c0003ffff', ward: '@SUM(A1)', count: 1, harm: null },
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).toContain('<img src=x onerror=alert(1)>');
    expect(csv.split(/\r?\n/)[0]).toBe('h3,ward,count,harm,z,p,p_adjusted,gi_bin,emerging_class,map_points');
  });
});

describe('exports under disclosure control', () => {
  it('leave no count from 1 to 4, nor the statistics that could give one back', async () => {
    const { withDisclosure } = await import('./exportRows');
    const { DEFAULT_DISCLOSURE } = await import('../analysis/disclosure');
    const rows = [0, 1, 2, 3, 4, 5, 40].map((count, i) => ({ cell: `c${i}`, ward: 'w', count, harm: count * 203.07, z: 1, p: 0.3, pAdjusted: 0.4, bin: 0 }));
    const out = withDisclosure(rows, DEFAULT_DISCLOSURE);
    const csv = cellsToCsv(out, 'Disclosure control: counts below 5 are shown as <5.');
    for (const line of csv.split(/\r?\n/).slice(1)) {
      expect(line.split(',')[2]).toMatch(/^(0|5|40|<5)$/);
      expect(line).toContain('Disclosure control: counts below 5 are shown as <5.');
    }
    expect(out.filter((r) => r.count === '<5').every((r) => r.harm === null && r.z === undefined)).toBe(true);
    expect(out[6]).toEqual(rows[6]);
  });
});
