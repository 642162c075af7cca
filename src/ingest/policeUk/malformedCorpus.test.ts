import { textAt } from '../formats/utf8Column';
import { describe, expect, it } from 'vitest';
import { malformedCorpus } from '../../../scripts/malformedCorpus';
import { loadThanetFromDisk } from '../../geo/areaFromDisk';
import { FileError } from '../../domain/fileError';
import { asBlobs, ingestMapped, ingestPoliceUk } from './ingestPoliceUk';
import { concatBatches, type IncidentBatch } from '../records/incidentBatch';
import { streamPoliceUk } from './streamIngest';

const area = loadThanetFromDisk();
const corpus = malformedCorpus();
const councilMapping = {
  date: 'Reported',
  category: 'Category',
  categoryMap: { Noise: 'Anti-social behaviour' as const },
  coordinates: { kind: 'bng' as const, easting: 'Easting', northing: 'Northing' },
};

describe('the malformed-input corpus', () => {
  it('has at least 50 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    expect(new Set(corpus.map((f) => f.name)).size).toBe(corpus.length);
  });

  it.each(corpus.map((f) => [f.name, f] as const))('%s: a specific message, or a load that says what it skipped', async (_, f) => {
    const load = () =>
      f.mapped ? ingestMapped({ name: f.name, bytes: f.bytes }, councilMapping, area) : ingestPoliceUk([{ name: f.name, bytes: f.bytes }], area);
    if (f.expect.kind === 'error') {
      const e = await load().then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e, 'must be refused with a FileError').toBeInstanceOf(FileError);
      const fe = e as FileError;
      expect(fe.message).toContain(f.name);
      expect(fe.message).toMatch(f.expect.message);
      if (f.expect.row !== undefined) expect(fe.row).toBe(f.expect.row);
      if (f.expect.column !== undefined) expect(fe.column).toBe(f.expect.column);
      return;
    }
    const source = await load();
    const report = source.reports[0];
    expect(report.kept).toBe(f.expect.kept);
    expect(source.batch.length).toBe(f.expect.kept);
    if (f.expect.mapped !== undefined) expect(report.mapped).toBe(f.expect.mapped);
    if (f.expect.noLocation !== undefined) expect(report.noLocation).toBe(f.expect.noLocation);
    if (f.expect.outside !== undefined) expect(report.outsideArea).toBe(f.expect.outside);
    if (f.expect.skippedColumns) expect(report.skipped.map((g) => g.column)).toEqual(f.expect.skippedColumns);
    else expect(report.skipped).toEqual([]);
    for (const g of report.skipped) expect(g.rows.length).toBeGreaterThan(0);
    if (f.expect.skippedFiles !== undefined) expect(source.skippedFiles).toHaveLength(f.expect.skippedFiles);
    if (f.expect.check !== undefined) expect(textAt(source.batch.location, 0)).toBe(f.expect.check);
    // Every row is accounted for: kept, outside, or skipped with a reason.
    const skipped = report.skipped.reduce((n, g) => n + g.count, 0);
    expect(report.kept + report.outsideArea + skipped).toBe(report.rowsRead);
  });

  it.each(corpus.filter((f) => !f.mapped).map((f) => [f.name, f] as const))(
    '%s: the same outcome when read in small pieces (the byte path) as read whole (the text path)',
    async (_, f) => {
      const outcome = async (pieceBytes: number) => {
        const blocks: IncidentBatch[] = [];
        try {
          const r = await streamPoliceUk(asBlobs([{ name: f.name, bytes: f.bytes }]), area, (b) => blocks.push(b), { pieceBytes });
          return { reports: r.reports, skipped: r.skippedFiles, batch: blocks.length ? concatBatches(blocks) : undefined };
        } catch (err) {
          return { error: (err as Error).message };
        }
      };
      const whole = await outcome(1 << 30);
      for (const size of [64, 300]) expect(await outcome(size), `pieces of ${size} bytes`).toEqual(whole);
    },
  );
});
