import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';

const entry = { month: '2019-05', file: '2019-05.parquet', bytes: 1000, rows: 10, rowsNoLocation: 1, rowGroups: 1, footerBytes: 200, bbox: [0, 50, 1, 51] };
const manifest = (months: unknown[]) => ({ format: 'harmspot-police-uk-months', version: 1, licence: 'OGL v3.0', columns: ['Month'], months });

describe('parseManifest', () => {
  it('accepts a manifest and sorts its months', () => {
    const m = parseManifest(manifest([{ ...entry, month: '2019-06', file: '2019-06.parquet' }, entry]));
    expect(m.months.map((e) => e.month)).toEqual(['2019-05', '2019-06']);
    expect(m.synthetic).toBe(false);
  });

  it.each([
    ['a file elsewhere', { file: '../secret.parquet' }, /plain .parquet name/],
    ['another origin', { file: 'https://example.org/x.parquet' }, /plain .parquet name/],
    ['a bad month', { month: '2019-13' }, /YYYY-MM/],
    ['a footer larger than the file', { footerBytes: 2000 }, /footerBytes/],
    ['a negative size', { bytes: -1 }, /bytes is not a count/],
    ['a malformed box', { bbox: [0, 1] }, /bbox/],
  ])('refuses %s', (_, change, message) => {
    expect(() => parseManifest(manifest([{ ...entry, ...change }]))).toThrow(message);
  });

  it('refuses other formats and a missing licence', () => {
    expect(() => parseManifest({ ...manifest([]), format: 'x' })).toThrow(/format/);
    expect(() => parseManifest({ ...manifest([]), licence: '' })).toThrow(/licence/);
  });
});
