// The malformed-input corpus: ≥ 50 bad or awkward files, each with what loading it must do. Generated, not
// committed; `npx tsx scripts/write-malformed-corpus.ts <dir>` writes them out for trying by hand.
import { strToU8, zipSync } from 'fflate';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { tableFromArrays, tableToIPC } from 'apache-arrow';

export const HEADER =
  'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const ROW = ',2019-05,Kent Police,Kent Police,1.381603,51.387723,On or near Queen Street,E01024677,Thanet 003A,Burglary,Under investigation,';
const row = (change: Partial<Record<'month' | 'lon' | 'lat' | 'location' | 'type', string>> = {}) =>
  `,${change.month ?? '2019-05'},Kent Police,Kent Police,${change.lon ?? '1.381603'},${change.lat ?? '51.387723'},${change.location ?? 'On or near Queen Street'},E01024677,Thanet 003A,${change.type ?? 'Burglary'},Under investigation,`;
const csv = (...rows: string[]) => strToU8([HEADER, ...rows].join('\n') + '\n');

/** What loading a file must do: refuse it (message naming file, and row/column where they apply) or load what it can. */
export type Expectation =
  | { kind: 'error'; message: RegExp; row?: number; column?: string }
  | { kind: 'load'; kept: number; mapped?: number; noLocation?: number; outside?: number; skippedColumns?: (string | undefined)[]; skippedFiles?: number; check?: string };

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  expect: Expectation;
  /** Load through a column mapping (a council file) rather than as police.uk. */
  mapped?: boolean;
}

const windows1252 = (text: string) => Uint8Array.from(text, (ch) => ({ '£': 0xa3, 'é': 0xe9, '’': 0x92 })[ch] ?? ch.charCodeAt(0));

export function malformedCorpus(): CorpusFile[] {
  const ok = (kept: number, extra: Omit<Extract<Expectation, { kind: 'load' }>, 'kind' | 'kept'> = {}) => ({ kind: 'load' as const, kept, ...extra });
  const err = (message: RegExp, row?: number, column?: string) => ({ kind: 'error' as const, message, row, column });
  const files: CorpusFile[] = [
    { name: 'empty.csv', bytes: new Uint8Array(), expect: err(/empty/) },
    { name: 'whitespace-only.csv', bytes: strToU8('\n\n   \n'), expect: err(/empty|no "Month"/) },
    { name: 'header-only.csv', bytes: strToU8(HEADER + '\n'), expect: err(/header but no records/, 1) },
    { name: 'semicolon-delimited.csv', bytes: strToU8([HEADER, ROW].join('\n').replace(/,/g, ';')), expect: ok(1) },
    { name: 'tab-delimited.tsv', bytes: strToU8([HEADER, ROW].join('\n').replace(/,/g, '\t')), expect: ok(1) },
    { name: 'bom.csv', bytes: strToU8('\uFEFF' + [HEADER, ROW].join('\n')), expect: ok(1) },
    { name: 'crlf.csv', bytes: strToU8([HEADER, ROW, ROW].join('\r\n')), expect: ok(2) },
    { name: 'cr-only.csv', bytes: strToU8([HEADER, ROW, ROW].join('\r')), expect: ok(2) },
    { name: 'trailing-blank-lines.csv', bytes: strToU8([HEADER, ROW, '', '', ''].join('\n')), expect: ok(1) },
    { name: 'quoted-commas.csv', bytes: csv(row({ location: '"On or near High Street, Margate"' })), expect: ok(1, { check: 'On or near High Street, Margate' }) },
    { name: 'quoted-newline.csv', bytes: csv(row({ location: '"On or near\nHigh Street"' })), expect: ok(1, { check: 'On or near\nHigh Street' }) },
    { name: 'doubled-quotes.csv', bytes: csv(row({ location: '"The ""Lido"""' })), expect: ok(1, { check: 'The "Lido"' }) },
    { name: 'windows-1252.csv', bytes: windows1252([HEADER, row({ location: 'On or near Café £ Parade’s End' })].join('\n')), expect: ok(1, { check: 'On or near Café £ Parade’s End' }) },
    { name: 'utf8-emoji.csv', bytes: csv(row({ location: 'On or near 🙂 Street 日本' })), expect: ok(1, { check: 'On or near 🙂 Street 日本' }) },
    { name: 'missing-crime-type.csv', bytes: strToU8(HEADER.replace(',Crime type', '') + '\n' + ROW), expect: err(/no "Crime type"/, 1, 'Crime type') },
    { name: 'missing-month.csv', bytes: strToU8(HEADER.replace(',Month', '') + '\n' + ROW), expect: err(/no "Month"/, 1, 'Month') },
    { name: 'missing-coordinates.csv', bytes: strToU8(HEADER.replace(',Longitude,Latitude', '') + '\n' + ROW), expect: err(/no "Longitude", "Latitude"/, 1, 'Longitude') },
    { name: 'not-a-table.json', bytes: strToU8('{"type":"FeatureCollection","features":[]}'), expect: err(/not a police\.uk street-level file|quoted field/) },
    { name: 'random-bytes.csv', bytes: Uint8Array.from({ length: 400 }, (_, i) => (i * 7919) % 256), expect: err(/not a police\.uk street-level file|quoted field/) },
    { name: 'extra-columns.csv', bytes: strToU8(HEADER + ',Extra\n' + ROW + ',x\n'), expect: ok(1) },
    { name: 'short-row.csv', bytes: csv(ROW, ',2019-05,Kent Police'), expect: ok(1, { skippedColumns: [undefined] }) },
    { name: 'long-row.csv', bytes: csv(ROW, ROW + ',x,y'), expect: ok(1, { skippedColumns: [undefined] }) },
    { name: 'truncated.csv', bytes: strToU8([HEADER, ROW, ROW].join('\n').slice(0, -60)), expect: ok(1, { skippedColumns: [undefined] }) },
    { name: 'lone-quote.csv', bytes: csv(ROW, row({ location: '"On or near Queen Street' })), expect: err(/quoted field is never closed/) },
    { name: 'swapped-lat-lon.csv', bytes: csv(row({ lon: '51.387723', lat: '1.381603' })), expect: ok(0, { outside: 1 }) },
    { name: 'zero-zero.csv', bytes: csv(row({ lon: '0', lat: '0' })), expect: ok(0, { outside: 1 }) },
    { name: 'minus-zero.csv', bytes: csv(row({ lon: '-0.0', lat: '-0.0' })), expect: ok(0, { outside: 1 }) },
    { name: 'latitude-out-of-range.csv', bytes: csv(ROW, row({ lat: '123.4' })), expect: ok(1, { skippedColumns: ['Latitude'] }) },
    { name: 'longitude-out-of-range.csv', bytes: csv(ROW, row({ lon: '-181' })), expect: ok(1, { skippedColumns: ['Longitude'] }) },
    { name: 'text-in-longitude.csv', bytes: csv(row({ lon: 'east' })), expect: ok(0, { skippedColumns: ['Longitude'] }) },
    { name: 'comma-decimal.csv', bytes: csv(row({ lon: '"1,381603"' })), expect: ok(0, { skippedColumns: ['Longitude'] }) },
    { name: 'scientific-notation.csv', bytes: csv(row({ lon: '1.381603e0' })), expect: ok(0, { skippedColumns: ['Longitude'] }) },
    { name: 'padded-numbers.csv', bytes: csv(row({ lon: ' 1.381603 ', lat: ' 51.387723 ' })), expect: ok(1) },
    { name: 'one-coordinate-missing.csv', bytes: csv(row({ lat: '' })), expect: ok(0, { skippedColumns: ['Latitude'] }) },
    { name: 'no-location-rows.csv', bytes: csv(row({ lon: '', lat: '', location: 'No Location' }), row({ lon: '', lat: '' })), expect: ok(2, { mapped: 0, noLocation: 2 }) },
    { name: 'bad-month.csv', bytes: csv(ROW, row({ month: '2019-13' })), expect: ok(1, { skippedColumns: ['Month'] }) },
    { name: 'month-with-day.csv', bytes: csv(row({ month: '2019-05-01' })), expect: ok(0, { skippedColumns: ['Month'] }) },
    { name: 'month-as-words.csv', bytes: csv(row({ month: 'May 2019' })), expect: ok(0, { skippedColumns: ['Month'] }) },
    { name: 'unknown-crime-type.csv', bytes: csv(ROW, row({ type: 'Violent crime' })), expect: ok(1, { skippedColumns: ['Crime type'] }) },
    { name: 'crime-type-padded.csv', bytes: csv(row({ type: ' Burglary ' })), expect: ok(1) },
    { name: 'header-repeated.csv', bytes: csv(ROW, HEADER, ROW), expect: ok(2, { skippedColumns: ['Month'] }) },
    { name: 'identical-rows.csv', bytes: csv(ROW, ROW, ROW, ROW), expect: ok(4) },
    { name: 'formula-location.csv', bytes: csv(row({ location: '=HYPERLINK("http://x";"y")' })), expect: ok(1, { check: '=HYPERLINK("http://x";"y")' }) },
    { name: 'html-location.csv', bytes: csv(row({ location: '<img src=x onerror=alert(1)>' })), expect: ok(1, { check: '<img src=x onerror=alert(1)>' }) },
    { name: 'very-long-field.csv', bytes: csv(row({ location: 'x'.repeat(100_000) })), expect: ok(1) },
    { name: 'nul-in-field.csv', bytes: csv(row({ location: 'On or near\u0000Nowhere' })), expect: ok(1) },
    { name: 'uppercase-headers.csv', bytes: strToU8([HEADER.toUpperCase(), ROW].join('\n')), expect: ok(1) },
    { name: 'snake-case-headers.csv', bytes: strToU8([HEADER.toLowerCase().replace(/ /g, '_'), ROW].join('\n')), expect: ok(1) },
    {
      name: 'nested-folders.zip',
      bytes: zipSync({
        'police/2019-05/2019-05-kent-street.csv': csv(ROW),
        'police/2019-05/2019-05-kent-outcomes.csv': strToU8('x\n'),
        'police/2019-05/readme.pdf': strToU8('%PDF'),
        'police/__MACOSX/._2019-05-kent-street.csv': strToU8('junk'),
      }),
      expect: ok(1, { skippedFiles: 3 }),
    },
    { name: 'truncated.zip', bytes: zipSync({ 'a/2019-05-kent-street.csv': csv(ROW, ROW) }).slice(0, 40), expect: err(/could not be opened as a zip/) },
    { name: 'no-street-file.zip', bytes: zipSync({ 'a/2019-05-kent-stop-and-search.csv': strToU8('x\n') }), expect: err(/no police\.uk street file/) },
    { name: 'corrupt.parquet', bytes: Uint8Array.from([0x50, 0x41, 0x52, 0x31, 1, 2, 3, 0x50, 0x41, 0x52, 0x31]), expect: err(/could not be read as Parquet/) },
    {
      name: 'wrong-columns.parquet',
      bytes: new Uint8Array(parquetWriteBuffer({ columnData: [{ name: 'foo', data: [1, 2], type: 'INT32' }] })),
      expect: err(/no "Month"/, 1, 'Month'),
    },
    { name: 'wrong-schema.arrow', bytes: tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2]) }), 'file'), expect: err(/no "Month"/, 1, 'Month') },
    { name: 'truncated.arrow', bytes: tableToIPC(tableFromArrays({ a: Int32Array.from([1, 2]) }), 'file').slice(0, 30), expect: err(/could not be read as Arrow|no "Month"/) },
    {
      name: 'council-bad-dates.csv',
      bytes: strToU8('Case Ref,Reported,Category,Easting,Northing\nA,31/02/2019 10:00,Noise,635376,170836\nB,03/05/2019 22:15,Noise,635376,170836\nC,next Tuesday,Noise,635376,170836\n'),
      expect: ok(1, { skippedColumns: ['Reported'] }),
      mapped: true,
    },
    {
      name: 'council-degrees-as-bng.csv',
      bytes: strToU8('Case Ref,Reported,Category,Easting,Northing\nA,03/05/2019 22:15,Noise,1.3816,51.3877\n'),
      expect: ok(0, { skippedColumns: ['Easting'] }),
      mapped: true,
    },
  ];
  return files;
}
