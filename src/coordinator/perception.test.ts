import { describe, expect, it } from 'vitest';
import { loadedThanet, readPoliceUkDir } from './loadedThanet';
import { wgs84ToBng } from '../ingest/formats/bng';

const [e, n] = wgs84ToBng(1.407364, 51.386148).map((v) => v.toFixed(0)); // Northdown Road, Cliftonville East
const csv = [
  'location_lat,location_lon,easting,northing,ward,feels_unsafe,age_band,time_of_day,reason,comment,date',
  '51.387723,1.381603,,,,yes,16-17,night,poor lighting,"[INVENTED] dark, call 07700 900123",2019-06-01',
  '51.387723,1.381603,,,,no,25+,13:15,,"[INVENTED] fine",2019-06-02',
  `,,${e},${n},,yes,under 16,22:40,drugs,"[INVENTED] <img src=x onerror=alert(1)>",2019-06-03`,
  ',,,,Cliftonville West,yes,16-17,day,groups hanging around,,2019-06-04',
  ',,,,Nowhere Ward,yes,16-17,day,,,2019-06-05',
  '51.5072,-0.1276,,,,yes,18-24,night,,London,2019-06-06',
  '51.387723,1.381603,,,,maybe,18-24,night,,,2019-06-07',
].join('\n');

describe('perception survey answers', () => {
  it('places answers by lat/lon, British National Grid or ward, and counts what it cannot use', async () => {
    const { coordinator } = await loadedThanet(readPoliceUkDir(['2019-06-thanet-street.csv']));
    const report = await coordinator.loadPerception({ name: 'survey-INVENTED.csv', bytes: new TextEncoder().encode(csv) });
    expect(report).toMatchObject({ rowsRead: 7, kept: 4, mapped: 3, noLocation: 1, outsideArea: 1 });
    expect(report.skipped.map((g) => [g.column, g.rows])).toEqual(
      expect.arrayContaining([
        ['ward', [6]],
        ['feels_unsafe', [8]],
      ]),
    );
    const all = { ageBands: [], dayNight: 'all' as const, reasons: [] };
    const wardOf = (name: string) => coordinator.area.wards.find((w) => w.name === name)!.index;
    const byWard = await coordinator.perceptionByWard(all);
    expect([byWard.answers[wardOf('Margate Central')], byWard.unsafe[wardOf('Margate Central')]]).toEqual([2, 1]);
    expect([byWard.answers[wardOf('Cliftonville East')], byWard.unsafe[wardOf('Cliftonville East')]]).toEqual([1, 1]);
    expect(byWard.answers[wardOf('Cliftonville West')]).toBe(1);
    // Filters: night answers (the 22:40 clock time counts as night), and an age band.
    const night = await coordinator.perceptionByWard({ ...all, dayNight: 'night' });
    expect(night.answers.reduce((a, b) => a + b, 0)).toBe(2);
    const young = await coordinator.perceptionByWard({ ...all, ageBands: ['under 16', '16-17'] });
    expect(young.answers.reduce((a, b) => a + b, 0)).toBe(3);
    const cells = await coordinator.perceptionByCell(all, 9);
    expect(cells.answers.reduce((a, b) => a + b, 0)).toBe(3); // the ward-only answer has no cell
    const comments = await coordinator.perceptionComments(all, { ward: wardOf('Cliftonville East') });
    expect(comments).toEqual({ comments: ['[INVENTED] <img src=x onerror=alert(1)>'], answers: 1 });
    const options = await coordinator.perceptionOptions();
    expect(options.ageBands).toEqual(['16-17', '25+', 'under 16']);
    expect(options.total).toBe(4);
    const sources = await coordinator.sources();
    expect(sources[1]).toMatchObject({ kind: 'survey', synthetic: true, rowsKept: 4 });
  });
});
