import { latLngToCell } from 'h3-js';
import { textAt } from '../formats/utf8Column';
import { describe, expect, it } from 'vitest';
import { loadThanetFromDisk } from '../../geo/areaFromDisk';
import { FileError } from '../../domain/fileError';
import { readPoliceUk } from './policeUkRows';
import { csvTable } from '../formats/tabular';
import { PointEnricher } from '../records/pointEnricher';
import { parseMonth } from '../../domain/months';
import { categoryId } from '../../domain/categories';

const area = loadThanetFromDisk();
const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const ASB = ',2019-05,Kent Police,Kent Police,1.381603,51.387723,On or near Queen Street,E01024677,Thanet 003A,Anti-social behaviour,,';
const read = (text: string, name = 'test.csv') => readPoliceUk(csvTable(text, name), new PointEnricher(area));

describe('police.uk street CSV', () => {
  it('reads an ASB row with no crime ID and no outcome', () => {
    const { batch, report } = read(`${HEADER}\n${ASB}\n`);
    expect(report).toMatchObject({ rowsRead: 1, kept: 1, mapped: 1, noLocation: 0, outsideArea: 0, skipped: [] });
    expect(textAt(batch.crimeId, 0)).toBe('');
    expect(textAt(batch.outcome, 0)).toBe('');
    expect(batch.category[0]).toBe(categoryId('Anti-social behaviour'));
    expect(batch.month[0]).toBe(parseMonth('2019-05'));
    expect(area.wards[batch.ward[0]].name).toBe('Margate Central');
    // Each resolution's cell is the point's own (latLngToCell), not the parent of a finer one.
    const [lon, lat] = [batch.lon[0], batch.lat[0]];
    [7, 8, 9, 10].forEach((r, slot) => expect(batch.h3[slot][0].toString(16)).toBe(latLngToCell(lat, lon, r)));
    expect(area.lsoas[batch.lsoa[0]].code).toMatch(/^E01/);
    expect(report.months).toEqual(['2019-05']);
    expect(report.forces).toEqual(['Kent Police']);
  });

  it('keeps commas and quotes inside quoted fields', () => {
    const row =
      'abc123,2019-05,Kent Police,Kent Police,1.381603,51.387723,"On or near High Street, ""Old Town""",E01024677,Thanet 003A,Burglary,"Investigation complete; no suspect identified",';
    const { batch, report } = read(`${HEADER}\n${row}\n`);
    expect(report.kept).toBe(1);
    expect(textAt(batch.location, 0)).toBe('On or near High Street, "Old Town"');
    expect(textAt(batch.crimeId, 0)).toBe('abc123');
    expect(textAt(batch.outcome, 0)).toBe('Investigation complete; no suspect identified');
  });

  it('accepts a byte-order mark and CRLF line endings', () => {
    const { report, batch } = read(`\uFEFF${HEADER}\r\n${ASB}\r\n${ASB}\r\n`);
    expect(report.kept).toBe(2);
    expect(textAt(batch.location, 1)).toBe('On or near Queen Street');
  });

  it('keeps identical rows: police.uk repeats genuine records byte for byte', () => {
    const { report } = read(`${HEADER}\n${ASB}\n${ASB}\n${ASB}\n`);
    expect(report.kept).toBe(3);
  });

  it('counts rows without coordinates as kept but not mapped', () => {
    const noLoc = ',2019-05,Kent Police,Kent Police,,,No Location,,,Burglary,Under investigation,';
    const { report, batch } = read(`${HEADER}\n${ASB}\n${noLoc}\n`);
    expect(report).toMatchObject({ kept: 2, mapped: 1, noLocation: 1 });
    expect(batch.ward[1]).toBe(-1);
    expect(Number.isNaN(batch.lon[1])).toBe(true);
  });

  it('counts and skips points outside the area', () => {
    const london = ',2019-05,Met,Metropolitan Police Service,-0.1276,51.5072,On or near Whitehall,E01004736,Westminster 018A,Robbery,,';
    const { report } = read(`${HEADER}\n${ASB}\n${london}\n${london}\n`);
    expect(report).toMatchObject({ rowsRead: 3, kept: 1, outsideArea: 2 });
  });

  it('reconciles each month: rows − without location − outside = shown', () => {
    const london = ',2019-05,Met,Metropolitan Police Service,-0.1276,51.5072,On or near Whitehall,E01004736,Westminster 018A,Robbery,,';
    const noPlace = ',2019-06,Kent Police,Kent Police,,,No Location,,,Burglary,,';
    const june = ASB.replace('2019-05', '2019-06');
    const { report } = read([HEADER, ASB, london, june, noPlace, june, ASB.replace('2019-05', 'bad')].join('\n'));
    expect(report.byMonth).toEqual([
      { month: '2019-05', rows: 2, noLocation: 0, outside: 1, shown: 1 },
      { month: '2019-06', rows: 3, noLocation: 1, outside: 0, shown: 2 },
    ]);
    for (const m of report.byMonth!) expect(m.rows - m.noLocation - m.outside).toBe(m.shown);
  });

  it('places the LSOA by point-in-polygon, not by the file\'s LSOA code', () => {
    const wrongCode = ASB.replace('E01024677', 'E01099999');
    const { batch } = read(`${HEADER}\n${ASB}\n${wrongCode}\n`);
    expect(batch.lsoa[1]).toBe(batch.lsoa[0]);
    expect(textAt(batch.lsoaCode, 1)).toBe('E01099999');
  });

  it('skips unreadable rows with the row number, column and reason', () => {
    const badMonth = ASB.replace('2019-05', 'May 2019');
    const badType = ASB.replace('Anti-social behaviour', 'Violent crime');
    const badLat = ASB.replace('51.387723', 'north');
    const short = ',2019-05,Kent Police';
    const { report } = read([HEADER, ASB, badMonth, badType, badLat, short, ASB].join('\n'));
    expect(report.kept).toBe(2);
    const by = (col?: string) => report.skipped.find((g) => g.column === col);
    expect(by('Month')).toMatchObject({ count: 1, rows: [3] });
    expect(by('Crime type')).toMatchObject({ count: 1, rows: [4] });
    expect(by('Latitude')).toMatchObject({ count: 1, rows: [5] });
    expect(by(undefined)).toMatchObject({ count: 1, rows: [6] });
  });

  it('rejects a file without the columns it needs, naming the file, row and column', () => {
    expect(() => read('Name,Value\na,1\n', 'notes.csv')).toThrow(FileError);
    try {
      read('Month,Longitude,Latitude\n2019-05,1.38,51.38\n', 'outcomes.csv');
    } catch (e) {
      expect((e as FileError).message).toContain('outcomes.csv');
      expect((e as FileError).column).toBe('Crime type');
      expect((e as FileError).row).toBe(1);
    }
    expect(() => read('', 'empty.csv')).toThrow(/empty\.csv.*empty/);
  });

  it('gives distinct points their own numbers and repeated points the same one', () => {
    const other = ASB.replace('1.381603,51.387723', '1.407364,51.386148');
    const { batch } = read([HEADER, ASB, other, ASB].join('\n'));
    expect([...batch.point]).toEqual([0, 1, 0]);
  });
});
