import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CsvStream } from './csvStream';
import { FileError } from '../../domain/fileError';

/** Every row of `text` read through CsvStream in pieces cut at `cuts`. */
function readInPieces(text: string, cuts: number[]): { header?: string[]; rows: string[][]; firstRows: number[] } {
  const csv = new CsvStream('t.csv');
  const rows: string[][] = [];
  const firstRows: number[] = [];
  const take = (b: { rows: string[][]; firstRow: number }) => {
    if (b.rows.length) firstRows.push(b.firstRow - 2 === rows.length ? b.firstRow : -1);
    rows.push(...b.rows);
  };
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    take(csv.push(text.slice(from, cut)));
    from = cut;
  }
  take(csv.end());
  return { header: csv.header, rows, firstRows };
}

const cases: Record<string, string> = {
  plain: 'a,b,c\n1,2,3\n4,5,6\n',
  crlf: 'a,b,c\r\n1,2,3\r\n\r\n4,5,6',
  'old Mac line ends': 'a,b\r1,2\r3,4\r',
  'blank lines': '\n\na,b\n\n1,2\n   \n3,4\n\n',
  'quoted commas and newlines': 'a,b\n"x, y","line\nbreak"\n2,"he said ""hi"""\n3,4\n',
  'quote after many plain rows': 'a,b\n1,2\n3,4\n5,"6\r\n7"\n8,9\n',
  semicolons: 'a;b;c\n1;2;3\n"4;5";6;7\n',
  tabs: 'a\tb\n1\t2\n',
};

describe('CsvStream', () => {
  it.each(Object.entries(cases))('%s: the same rows as Papa Parse on the whole text, wherever the pieces are cut', (_, text) => {
    const whole = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
    for (let i = 0; i <= text.length; i++) {
      for (const j of [i, Math.min(text.length, i + 1), Math.min(text.length, i + 3)]) {
        const got = readInPieces(text, [i, j]);
        expect([got.header, ...got.rows], `cut at ${i} and ${j}`).toEqual(whole);
        expect(got.firstRows.every((r) => r > 0), 'row numbers follow on').toBe(true);
      }
    }
  });

  it('refuses an empty file and a quote never closed, naming the row', () => {
    expect(() => readInPieces('  \n\n', [1])).toThrow(/t\.csv.*the file is empty/);
    const err = (() => {
      try {
        readInPieces('a,b\n1,2\n3,"never closed\n4,5\n', [9]);
      } catch (e) {
        return e as FileError;
      }
    })();
    expect(err).toBeInstanceOf(FileError);
    expect(err!.message).toMatch(/quoted field is never closed/);
    expect(err!.row).toBe(3);
  });
});
