import { describe, expect, it } from 'vitest';
import { readPoliceUkDir } from '../../coordinator/loadedThanet';
import { loadThanetFromDisk } from '../../geo/areaFromDisk';
import { independentCounts } from '../../../test-support/independentCount';
import { concatBatches, type IncidentBatch } from '../records/incidentBatch';
import { asBlobs } from './ingestPoliceUk';
import { streamPoliceUk, type IngestProgress, type StreamOptions } from './streamIngest';

const area = loadThanetFromDisk();
const files = readPoliceUkDir(['2019-05-thanet-street.csv', '2019-06-thanet-street.csv']);

async function read(options: StreamOptions) {
  const blocks: IncidentBatch[] = [];
  const result = await streamPoliceUk(asBlobs(files), area, (b) => blocks.push(b), options);
  return { result, blocks, batch: concatBatches(blocks) };
}

describe('streaming police.uk ingest', () => {
  it('gives the same records and reports whatever the piece and block sizes', async () => {
    const whole = await read({ pieceBytes: 1 << 30, blockSize: 1 << 30 });
    expect(whole.blocks).toHaveLength(2); // one per file
    // An independent count (its own CSV parser and ray-casting point-in-polygon) agrees with the reports.
    const counts = independentCounts();
    const mappedIn = (month: string) =>
      [...counts].filter(([k]) => k.split('|')[1] === month && !k.startsWith('undefined|')).reduce((n, [, v]) => n + v, 0);
    expect(whole.result.reports.map((r) => r.mapped)).toEqual([mappedIn('2019-05'), mappedIn('2019-06')]);
    for (const [pieceBytes, blockSize] of [
      [997, 1000],
      [4096, 333],
      [65_536, 65_536],
    ]) {
      const got = await read({ pieceBytes, blockSize });
      expect(got.result.reports, `pieces of ${pieceBytes}`).toEqual(whole.result.reports);
      expect(got.result.fingerprint).toBe(whole.result.fingerprint);
      expect(got.blocks.every((b) => b.length <= blockSize)).toBe(true);
      expect(got.batch.length).toBe(whole.batch.length);
      expect(got.batch.crimeId).toEqual(whole.batch.crimeId);
      expect(got.batch.location).toEqual(whole.batch.location);
      got.batch.h3.forEach((cells, slot) => expect([...cells]).toEqual([...whole.batch.h3[slot]]));
      expect([...got.batch.lsoa]).toEqual([...whole.batch.lsoa]);
      expect([...got.batch.month]).toEqual([...whole.batch.month]);
    }
  });

  it('reports progress up to every byte and can be cancelled', async () => {
    const seen: IngestProgress[] = [];
    const { result } = await read({ pieceBytes: 50_000, onProgress: (p) => seen.push(p) });
    const total = files.reduce((n, f) => n + f.bytes.length, 0);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)!.bytesDone).toBe(total);
    expect(seen.every((p, i) => p.bytesTotal === total && (i === 0 || p.bytesDone >= seen[i - 1].bytesDone))).toBe(true);
    expect(seen.at(-1)!.rows).toBe(result.reports.reduce((n, r) => n + r.rowsRead, 0));

    const controller = new AbortController();
    const cancelled = read({
      pieceBytes: 50_000,
      signal: controller.signal,
      onProgress: (p) => p.bytesDone > 200_000 && controller.abort(),
    });
    await expect(cancelled).rejects.toThrow(/abort/i);
  });
});
