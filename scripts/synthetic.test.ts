import { texts } from '../src/ingest/formats/utf8Column';
import { describe, expect, it } from 'vitest';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { ingestPoliceUk } from '../src/ingest/policeUk/ingestPoliceUk';
import { summariseReport } from '../src/ingest/records/loadReport';
import { kentSizedCsv, resampledThanetLines, SYNTHETIC_FORCE } from './synthetic';

const area = loadThanetFromDisk();
const bytes = (text: string) => new TextEncoder().encode(text);

describe('synthetic generators', () => {
  it('are seeded: the same seed gives the same rows', () => {
    expect(resampledThanetLines(50, '2015-01', '2019-12', 1)).toEqual(resampledThanetLines(50, '2015-01', '2019-12', 1));
    expect(resampledThanetLines(50, '2015-01', '2019-12', 1)).not.toEqual(resampledThanetLines(50, '2015-01', '2019-12', 2));
  });

  it('make a Kent-sized month whose real Thanet rows are kept and synthetic rest skipped', async () => {
    const source = await ingestPoliceUk([{ name: 'kent.csv', bytes: bytes(kentSizedCsv('2019-05')) }], area);
    expect(summariseReport(source.reports[0], 'Thanet')).toBe('kept 2,178 inside Thanet; 14,512 outside the area');
  });

  it('resample points that all fall inside Thanet, labelled synthetic', async () => {
    const lines = resampledThanetLines(2000);
    const source = await ingestPoliceUk([{ name: 's.csv', bytes: bytes(['Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context', ...lines].join('\n')) }], area);
    expect(source.reports[0]).toMatchObject({ rowsRead: 2000, kept: 2000, outsideArea: 0 });
    expect(new Set(texts(source.batch.force))).toEqual(new Set([SYNTHETIC_FORCE]));
    expect(source.reports[0].months.length).toBe(60);
  });
});
