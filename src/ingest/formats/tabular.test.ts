import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvTable } from './tabular';

describe('CSV tables', () => {
  it('split a real police.uk month exactly as a general CSV parser does', () => {
    const text = readFileSync(join(import.meta.dirname, '../../../data/police-uk/2019-05-thanet-street.csv'), 'utf8');
    const fast = csvTable(text, 'm.csv');
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    expect(fast.header).toEqual(header);
    expect(fast.rows).toEqual(rows);
    expect(rows).toHaveLength(2178);
  });

  it('hand quoted or differently delimited files to the general parser', () => {
    expect(csvTable('a,b\n"x, y",2\n', 'q.csv').rows).toEqual([['x, y', '2']]);
    expect(csvTable('a;b\nx;2\n', 's.csv').rows).toEqual([['x', '2']]);
    expect(csvTable('a,b\r\n1,2\r\n\r\n  \r\n3,4', 'crlf.csv').rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });
});
