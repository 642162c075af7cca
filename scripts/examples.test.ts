import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadThanetFromDisk } from '../src/geo/areaFromDisk';
import { bngToWgs84 } from '../src/ingest/formats/bng';
import {
  AGE_BANDS,
  CLUSTER_WARDS,
  COUNCIL_CATEGORIES,
  COUNCIL_EXAMPLE,
  COUNCIL_HEADER,
  councilAsbExampleCsv,
  PERCEPTION_EXAMPLE,
  PERCEPTION_HEADER,
  perceptionExampleCsv,
  REASONS,
} from './examples';

const area = loadThanetFromDisk();
const wardNames = new Set(area.wards.map((w) => w.name));

function parse(csv: string): { header: string; rows: string[][] } {
  const { data, errors } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(errors).toEqual([]);
  return { header: data[0].join(','), rows: data.slice(1) };
}

/** Tally of values, for comparing with the published totals. */
function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Ward name at a point, or undefined outside Thanet. */
const wardAt = (lon: number, lat: number) => area.wards[area.wardAt(lon, lat)]?.name;

describe('invented perception survey example', () => {
  const csv = perceptionExampleCsv();
  const { header, rows } = parse(csv);

  it('is seeded', () => {
    expect(perceptionExampleCsv()).toBe(csv);
    expect(perceptionExampleCsv(1)).toBe(perceptionExampleCsv(1));
    expect(perceptionExampleCsv(1)).not.toBe(csv);
  });

  it('follows the template', () => {
    expect(header).toBe(PERCEPTION_HEADER);
    expect(rows.length).toBe(PERCEPTION_EXAMPLE.rows);
    expect(rows.length).toBe(300);
    for (const r of rows) {
      expect(r.length).toBe(11);
      const [, , , , , unsafe, age, time, reason, comment, date] = r;
      expect(['yes', 'no']).toContain(unsafe);
      expect(AGE_BANDS).toContain(age);
      expect(time).toMatch(/^(day|night|([01]\d|2[0-3]):[0-5]\d)$/);
      expect(REASONS).toContain(reason);
      if (comment) expect(comment.startsWith('[INVENTED] ')).toBe(true);
      expect(date).toMatch(/^2019-\d\d-\d\d$/);
      expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(date);
    }
  });

  it('locates every row in exactly one way, inside Thanet', () => {
    const kinds = rows.map(([lat, lon, e, n, ward]) => {
      const filled = [lat, lon, e, n, ward].map((v) => v !== '');
      if (filled.join() === 'true,true,false,false,false') return 'latlon';
      if (filled.join() === 'false,false,true,true,false') return 'bng';
      if (filled.join() === 'false,false,false,false,true') return 'ward';
      return `mixed: ${filled.join()}`;
    });
    expect(tally(kinds)).toEqual(PERCEPTION_EXAMPLE.byLocationKind);
    for (const [lat, lon, e, n, ward] of rows) {
      if (lat) expect(wardAt(Number(lon), Number(lat))).toBeDefined();
      if (e) expect(Number.isInteger(Number(e)) && Number.isInteger(Number(n))).toBe(true);
      if (e) expect(wardAt(...bngToWgs84(Number(e), Number(n)))).toBeDefined();
      if (ward) expect(wardNames.has(ward)).toBe(true);
    }
  });

  it('has the published totals, recounted from the file', () => {
    expect(rows.filter((r) => r[5] === 'yes').length).toBe(PERCEPTION_EXAMPLE.unsafe);
    expect(tally(rows.map((r) => r[6]))).toEqual(PERCEPTION_EXAMPLE.byAgeBand);

    // Each row's ward: by point-in-polygon for points, by name for ward-only rows.
    const wardOf = ([lat, lon, e, n, ward]: string[]) =>
      lat ? wardAt(Number(lon), Number(lat)) : e ? wardAt(...bngToWgs84(Number(e), Number(n))) : ward;
    for (const w of CLUSTER_WARDS) {
      const inWard = rows.filter((r) => wardOf(r) === w);
      expect(PERCEPTION_EXAMPLE.clusterWards[w], w).toEqual({
        rows: inWard.length,
        unsafe: inWard.filter((r) => r[5] === 'yes').length,
      });
    }

    const comments = rows.map((r) => r[9]).filter((c) => c !== '');
    expect(PERCEPTION_EXAMPLE.comments).toEqual({
      written: comments.length,
      email: comments.filter((c) => c.includes('@example.com')).length,
      phone: comments.filter((c) => /07700|01632/.test(c)).length,
      postcode: comments.filter((c) => /CT9 1XZ|ct119zz/.test(c)).length,
      markup: comments.filter((c) => c.includes('<img src=x onerror=alert(1)>')).length,
    });
    // At least one of each, for the masking and inert-text checks to have something to work on.
    expect(Math.min(...Object.values(PERCEPTION_EXAMPLE.comments))).toBeGreaterThan(0);
  });

  it('clusters in the town-centre wards', () => {
    const { clusterWards, rows: total } = PERCEPTION_EXAMPLE;
    const clustered = CLUSTER_WARDS.reduce((s, w) => s + clusterWards[w].rows, 0);
    // Four of 23 wards hold well over half of the answers.
    expect(clustered / total).toBeGreaterThan(0.55);
  });
});

describe('invented council ASB example', () => {
  const csv = councilAsbExampleCsv();
  const { header, rows } = parse(csv);

  it('is seeded', () => {
    expect(councilAsbExampleCsv()).toBe(csv);
    expect(councilAsbExampleCsv(1)).toBe(councilAsbExampleCsv(1));
    expect(councilAsbExampleCsv(1)).not.toBe(csv);
  });

  it('looks like a case-system extract, numbered in time order', () => {
    expect(header).toBe(COUNCIL_HEADER);
    expect(rows.length).toBe(COUNCIL_EXAMPLE.rows);
    expect(rows.length).toBe(400);
    const times: number[] = [];
    rows.forEach(([ref, reported, category, e, n, location], i) => {
      expect(ref).toBe(`INV-${String(i + 1).padStart(5, '0')}`);
      const m = /^(\d\d)\/(\d\d)\/2019 (\d\d):(\d\d)$/.exec(reported)!;
      expect(m, reported).not.toBeNull();
      const t = Date.UTC(2019, Number(m[2]) - 1, Number(m[1]), Number(m[3]), Number(m[4]));
      expect(new Date(t).getUTCDate()).toBe(Number(m[1])); // a real calendar date
      times.push(t);
      expect(COUNCIL_CATEGORIES).toContain(category);
      expect(Number.isInteger(Number(e)) && Number.isInteger(Number(n))).toBe(true);
      expect(location).toMatch(/^(Near|Rear of) /);
    });
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.UTC(2019, 0, 1));
    expect(Math.max(...times)).toBeLessThan(Date.UTC(2019, 10, 1));
  });

  it('converts every point back into Thanet', () => {
    for (const [, , , e, n] of rows) {
      const [lon, lat] = bngToWgs84(Number(e), Number(n));
      expect(lon).toBeGreaterThan(1.21);
      expect(lon).toBeLessThan(1.45);
      expect(lat).toBeGreaterThan(51.3);
      expect(lat).toBeLessThan(51.4);
      expect(wardAt(lon, lat)).toBeDefined();
    }
  });

  it('has the published totals, recounted from the file', () => {
    expect(tally(rows.map((r) => r[2]))).toEqual(COUNCIL_EXAMPLE.byCategory);
    expect(tally(rows.map((r) => `2019-${r[1].slice(3, 5)}`))).toEqual(COUNCIL_EXAMPLE.byMonth);
    const wards = tally(rows.map(([, , , e, n]) => wardAt(...bngToWgs84(Number(e), Number(n))) ?? 'outside'));
    for (const w of CLUSTER_WARDS) expect(COUNCIL_EXAMPLE.clusterWards[w], w).toBe(wards[w]);

    // Night is 20:00–03:59; a Friday or Saturday night runs Friday 20:00 to Sunday 03:59.
    let night = 0;
    let friSatNight = 0;
    for (const [, reported] of rows) {
      const [d, mo, hour] = [reported.slice(0, 2), reported.slice(3, 5), Number(reported.slice(11, 13))];
      const weekday = new Date(`2019-${mo}-${d}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
      if (hour >= 20 || hour < 4) night++;
      if ((hour >= 20 && (weekday === 5 || weekday === 6)) || (hour < 4 && (weekday === 6 || weekday === 0))) {
        friSatNight++;
      }
    }
    expect({ night, friSatNight }).toEqual({ night: COUNCIL_EXAMPLE.night, friSatNight: COUNCIL_EXAMPLE.friSatNight });
  });

  it('skews to the night, and to Friday and Saturday nights', () => {
    const { night, friSatNight, rows: total } = COUNCIL_EXAMPLE;
    // Nights are 8 hours of 24, and Friday and Saturday 2 nights of 7 (0.29) if nothing were skewed.
    expect(night / total).toBeGreaterThan(0.4);
    expect(friSatNight / night).toBeGreaterThan(0.45);
  });
});
