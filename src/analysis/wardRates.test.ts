import { describe, expect, it } from 'vitest';
import { wardRows } from './wardRates';

describe('ward rows', () => {
  it('give share and rate per 1,000, worked by hand', () => {
    const rows = wardRows([30, 10, 0], [6000, 2000, 0]);
    expect(rows).toEqual([
      { ward: 0, count: 30, share: 0.75, ratePer1000: 5 },
      { ward: 1, count: 10, share: 0.25, ratePer1000: 5 },
      { ward: 2, count: 0, share: 0, ratePer1000: null },
    ]);
  });
});
