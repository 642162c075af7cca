import Papa from 'papaparse';
import { FileError } from '../domain/fileError';

/**
 * Reads an ONS small-area population table with columns `lsoa` and `pop` (a leading byte-order mark and
 * quoted thousands such as "1,652" allowed) into LSOA code → residents.
 */
export function readLsoaPopulation(text: string, fileName: string): Map<string, number> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const iCode = header?.indexOf('lsoa') ?? -1;
  const iPop = header?.indexOf('pop') ?? -1;
  if (iCode < 0 || iPop < 0) throw new FileError(fileName, 'expected columns "lsoa" and "pop"', 1);
  const out = new Map<string, number>();
  rows.forEach((row, i) => {
    const value = Number((row[iPop] ?? '').replace(/,/g, ''));
    if (!Number.isInteger(value) || value < 0) throw new FileError(fileName, 'is not a whole number of residents', i + 2, 'pop');
    out.set(row[iCode].trim(), value);
  });
  return out;
}
