import { texts, utf8Column } from '../formats/utf8Column';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { batchToArrowIPC, concatBatches, utf8Vector, type IncidentBatch } from './incidentBatch';

const strings = ['', 'On or near Queen Street', '£5 café — 日本 🙂', '<img src=x onerror=alert(1)>'];

function batch(n: number, seed: number): IncidentBatch {
  const s = (k: number) => utf8Column(Array.from({ length: n }, (_, i) => strings[(i + k + seed) % strings.length]));
  return {
    length: n,
    month: Int16Array.from({ length: n }, (_, i) => 590 + i + seed),
    category: Int8Array.from({ length: n }, (_, i) => (i + seed) % 14),
    lon: Float64Array.from({ length: n }, (_, i) => (i === 0 ? NaN : 1.38 + i / 1000)),
    lat: Float64Array.from({ length: n }, () => 51.38),
    ward: Int16Array.from({ length: n }, (_, i) => i - 1),
    lsoa: Int16Array.from({ length: n }, (_, i) => i - 2),
    h3: [7, 8, 9, 10].map((r) => BigUint64Array.from({ length: n }, (_, i) => BigInt(i) * 1_000_000_007n + BigInt(r))),
    point: Int32Array.from({ length: n }, (_, i) => i),
    occurredMs: Float64Array.from({ length: n }, (_, i) => (i % 2 ? NaN : Date.UTC(2019, 4, 3, 22, 15) + i)),
    crimeId: s(0),
    force: s(1),
    location: s(2),
    lsoaCode: s(3),
    lsoaName: s(0),
    outcome: s(1),
    categoryText: s(2),
  };
}

describe('record batches', () => {
  it('build UTF-8 vectors without code generation, multibyte text intact', () => {
    expect([...utf8Vector(strings)]).toEqual(strings);
    expect([...utf8Vector([])]).toEqual([]);
  });

  it('survive the Arrow IPC hand-over column by column', () => {
    const b = batch(5, 0);
    const t = tableFromIPC(batchToArrowIPC(b));
    expect(t.numRows).toBe(5);
    expect([...t.getChild('location')!]).toEqual(texts(b.location));
    for (const [slot, r] of [7, 8, 9, 10].entries()) expect([...t.getChild(`h3_${r}`)!]).toEqual([...b.h3[slot]]);
    expect([...t.getChild('lsoa_idx')!]).toEqual([...b.lsoa]);
    expect([...t.getChild('ward_idx')!]).toEqual([...b.ward]);
    expect(Number.isNaN(t.getChild('lon')!.get(0))).toBe(true);
  });

  it('concatenate in order', () => {
    const c = concatBatches([batch(3, 0), batch(2, 1)]);
    expect(c.length).toBe(5);
    expect([...c.month]).toEqual([590, 591, 592, 591, 592]);
    expect(texts(c.location)).toEqual([...texts(batch(3, 0).location), ...texts(batch(2, 1).location)]);
  });
});
