import { textAt } from '../formats/utf8Column';
import { describe, expect, it } from 'vitest';
import { categoryId } from '../../domain/categories';
import { loadThanetFromDisk } from '../../geo/areaFromDisk';
import { wgs84ToBng } from '../formats/bng';
import { guessMapping, headerSignature, readMapped, type ColumnMapping } from './mappedRows';
import { PointEnricher } from '../records/pointEnricher';
import { csvTable } from '../formats/tabular';

const area = loadThanetFromDisk();
const [qe, qn] = wgs84ToBng(1.381603, 51.387723).map((v) => v.toFixed(1)); // Queen Street, Margate
const csv = [
  'Case Ref,Reported,Category,Easting,Northing,Location',
  `INV-1,03/05/2019 22:15,ASB - Noise,${qe},${qn},Near Queen Street`,
  `INV-2,04/05/2019,ASB - Youth nuisance,${qe},${qn},<b>Near</b> Queen Street`,
  `INV-3,31/02/2019 10:00,ASB - Noise,${qe},${qn},x`,
  `INV-4,05/05/2019 01:30,Fly-tipping,${qe},${qn},x`,
  `INV-5,06/05/2019 02:00,ASB - Noise,530000,180000,London`,
  `INV-6,07/05/2019 03:00,ASB - Noise,,,Unknown`,
  `INV-7,08/05/2019 03:00,ASB - Noise,51.38,1.38,Degrees by mistake`,
].join('\n');
const mapping: ColumnMapping = {
  date: 'Reported',
  category: 'Category',
  categoryMap: { 'ASB - Noise': 'Anti-social behaviour', 'ASB - Youth nuisance': 'Anti-social behaviour' },
  coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' },
  location: 'Location',
};

describe('own incident files through a column mapping', () => {
  it('converts British National Grid, keeps times, and counts every row it cannot use', () => {
    const { batch, report } = readMapped(csvTable(csv, 'council.csv'), mapping, new PointEnricher(area));
    expect(report).toMatchObject({ rowsRead: 7, kept: 3, mapped: 2, noLocation: 1, outsideArea: 1 });
    const by = (col: string) => report.skipped.find((g) => g.column === col);
    expect(by('Reported')).toMatchObject({ count: 1, rows: [4] });
    expect(by('Category')).toMatchObject({ count: 1, rows: [5] });
    expect(by('Easting')).toMatchObject({ count: 1, rows: [8] });
    expect(area.wards[batch.ward[0]].name).toBe('Margate Central');
    expect(Math.abs(batch.lon[0] - 1.381603)).toBeLessThan(1e-5);
    expect(batch.occurredMs[0]).toBe(Date.UTC(2019, 4, 3, 22, 15));
    expect(Number.isNaN(batch.occurredMs[1])).toBe(true); // a date without a time has no time of day
    expect(batch.category[0]).toBe(categoryId('Anti-social behaviour'));
    expect(textAt(batch.categoryText, 1)).toBe('ASB - Youth nuisance');
    expect(textAt(batch.location, 1)).toBe('<b>Near</b> Queen Street');
    expect(report.months).toEqual(['2019-05']);
  });

  it('guesses the columns from the header and remembers exports by header signature', () => {
    const g = guessMapping(csvTable(csv, 'council.csv'));
    expect(g).toMatchObject({ date: 'Reported', category: 'Category', location: 'Location', coordinates: { kind: 'bng', easting: 'Easting', northing: 'Northing' } });
    expect(headerSignature(['B', 'a '])).toBe(headerSignature(['A', 'b']));
  });
});
