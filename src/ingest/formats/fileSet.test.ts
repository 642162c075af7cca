import { texts } from './utf8Column';
import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { zipSync, strToU8 } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { loadThanetFromDisk } from '../../geo/areaFromDisk';
import { FileError } from '../../domain/fileError';
import { ingestPoliceUk } from '../policeUk/ingestPoliceUk';
import { utf8Vector } from '../records/incidentBatch';
import { makeTable } from '../../../test-support/arrowTables';

const area = loadThanetFromDisk();
const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const row = (month: string, type = 'Burglary') =>
  `,${month},Kent Police,Kent Police,1.381603,51.387723,On or near Queen Street,E01024677,Thanet 003A,${type},Under investigation,`;
const csv = (...rows: string[]) => strToU8([HEADER, ...rows].join('\n'));

describe('files in, tables out', () => {
  it('opens a data.police.uk zip with month folders, reading street files and listing what it skips', async () => {
    const zip = zipSync({
      '2019-11/2019-11-kent-street.csv': csv(row('2019-11'), row('2019-11')),
      '2019-11/2019-11-kent-outcomes.csv': strToU8('Crime ID,Month,Outcome type\n'),
      '2019-12/2019-12-kent-street.csv': csv(row('2019-12')),
      '2019-12/2019-12-kent-stop-and-search.csv': strToU8('Type,Date\n'),
      'readme.txt': strToU8('hello'),
    });
    const source = await ingestPoliceUk([{ name: 'kent.zip', bytes: zip }], area);
    expect(source.reports.map((r) => [r.fileName, r.kept])).toEqual([
      ['kent.zip/2019-11/2019-11-kent-street.csv', 2],
      ['kent.zip/2019-12/2019-12-kent-street.csv', 1],
    ]);
    expect(source.skippedFiles.map((f) => f.name).sort()).toEqual([
      'kent.zip/2019-11/2019-11-kent-outcomes.csv',
      'kent.zip/2019-12/2019-12-kent-stop-and-search.csv',
      'kent.zip/readme.txt',
    ]);
    expect(source.skippedFiles.find((f) => f.name.endsWith('outcomes.csv'))!.reason).toContain('outcomes');
    expect(source.batch.length).toBe(3);
  });

  it('reads the same columns from Parquet, with snake_case names', async () => {
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'month', data: ['2019-11', '2019-11', '2019-12'] },
          { name: 'longitude', data: [1.381603, 1.407364, 1.381603], type: 'DOUBLE' },
          { name: 'latitude', data: [51.387723, 51.386148, 51.387723], type: 'DOUBLE' },
          { name: 'crime_type', data: ['Robbery', 'Anti-social behaviour', 'Drugs'] },
          { name: 'location', data: ['On or near Queen Street', 'On or near Northdown Road', '<b>x</b>'] },
        ],
      }),
    );
    const source = await ingestPoliceUk([{ name: 'extract.parquet', bytes }], area);
    expect(source.reports[0]).toMatchObject({ kept: 3, mapped: 3, months: ['2019-11', '2019-12'] });
    expect(texts(source.batch.location)).toEqual(['On or near Queen Street', 'On or near Northdown Road', '<b>x</b>']);
    expect(area.wards[source.batch.ward[1]].name).toBe('Cliftonville East');
  });

  it('reads the same columns from an Arrow IPC file', async () => {
    const table = makeTable({
      Month: utf8Vector(['2019-11', '2019-11']),
      Longitude: Float64Array.from([1.381603, NaN]),
      Latitude: Float64Array.from([51.387723, NaN]),
      'Crime type': utf8Vector(['Shoplifting', 'Shoplifting']),
    });
    const source = await ingestPoliceUk([{ name: 'extract.arrow', bytes: tableToIPC(table, 'file') }], area);
    // NaN coordinates are not numbers in range: counted as unreadable, with the column named.
    expect(source.reports[0]).toMatchObject({ rowsRead: 2, kept: 1 });
    expect(source.reports[0].skipped[0]).toMatchObject({ column: 'Longitude', rows: [3] });
  });

  it('refuses a corrupt Parquet file and an Arrow file of the wrong shape, naming them', async () => {
    const corrupt = new Uint8Array([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 4, 5, 0x50, 0x41, 0x52, 0x31]);
    await expect(ingestPoliceUk([{ name: 'bad.parquet', bytes: corrupt }], area)).rejects.toThrow(/bad\.parquet.*Parquet/);
    const wrong = tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2]) }), 'file');
    const err = await ingestPoliceUk([{ name: 'wrong.arrow', bytes: wrong }], area).catch((e) => e);
    expect(err).toBeInstanceOf(FileError);
    expect(err.message).toContain('wrong.arrow');
    expect(err.column).toBe('Month');
  });

  it('refuses a zip with no street file in it', async () => {
    const zip = zipSync({ 'a/2019-11-kent-outcomes.csv': strToU8('x\n') });
    await expect(ingestPoliceUk([{ name: 'outcomes.zip', bytes: zip }], area)).rejects.toThrow(/outcomes\.zip.*no police\.uk street file/);
  });
});
