import { describe, expect, it } from 'vitest';
import { captions, type SlideFigures } from './captions';
import { DEFAULT_DISCLOSURE } from './disclosure';

const figures: SlideFigures = {
  categoryLabel: 'Violence and sexual offences',
  areaLabel: 'Margate Central',
  periodLabel: 'Jun–Aug 2019',
  previousLabel: 'Mar–May 2019',
  yearLabel: 'Jun–Aug 2018',
  total: 212,
  previous: 180,
  yearEarlier: null,
  parts: [212],
  topLocations: [],
  hotSpots: 3,
  newHotSpots: 2,
  newHotSpotNear: 'Northdown Road',
  incomplete: null,
  harm: false,
};

describe('what changed, in words', () => {
  it('states the figures and nothing about causes', () => {
    const c = captions(figures, null);
    expect(c.lines).toEqual([
      'Violence and sexual offences in Margate Central: 212 in Jun–Aug 2019, up 18 % on Mar–May 2019.',
      '3 significant hot spots (Gi*, 95 % or more).',
      '2 new hot spots since Mar–May 2019 near Northdown Road.',
    ]);
    // The caption's number is the comparison's number: 212 vs 180 is 17.8 %, quoted as 18.
    expect(c.previous.percent).toBe(18);
    expect(c.lines.join(' ')).not.toMatch(/because|due to|caused|result of|thanks to/i);
  });

  it('says "not available" rather than guessing a year-earlier figure, and names incomplete months', () => {
    const c = captions({ ...figures, incomplete: 'Nov 2018 – Dec 2018' }, null);
    expect(c.yearEarlier.words).toBe('Jun–Aug 2018: not available');
    expect(c.lines.join(' ')).not.toContain('year earlier');
    expect(c.lines[c.lines.length - 1]).toContain('Nov 2018 – Dec 2018: possibly incomplete publication');
  });

  it('suppresses small counts and never quotes a change that would give them back', () => {
    const c = captions({ ...figures, total: 3, previous: 10, parts: [3], hotSpots: 2 }, DEFAULT_DISCLOSURE);
    expect(c.headline).toBe('Violence and sexual offences in Margate Central: <5 in Jun–Aug 2019, Mar–May 2019: not available');
    expect(c.headline).not.toMatch(/: [1-4] in/);
    expect(c.lines[1]).toBe('<5 significant hot spots (Gi*, 95 % or more).');
    // A total rounded because a ward's part was suppressed is not compared either.
    const r = captions({ ...figures, total: 101, previous: 90, parts: [3, 98] }, DEFAULT_DISCLOSURE);
    expect(r.headline).toContain('≈100 in Jun–Aug 2019');
    expect(r.previous.direction).toBe('not available');
  });
});
