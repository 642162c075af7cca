import { describe, expect, it } from 'vitest';
import {
  classifyPerception,
  classifyWardPerception,
  PERCEPTION_CLASS_NOTES,
  PERCEPTION_CLASSES,
  type PerceptionClass,
} from './perception';
import { annualRatePer1000 } from './wardRates';

// Eight wards hitting every class.
const wards = {
  A: { answers: 20, unsafe: 12, harm: 40 },
  B: { answers: 15, unsafe: 10, harm: 5 },
  C: { answers: 10, unsafe: 2, harm: 30 },
  D: { answers: 8, unsafe: 1, harm: 3 },
  E: { answers: 3, unsafe: 3, harm: 50 }, // below the minimum of 5, however harmful
  F: { answers: 0, unsafe: 0, harm: 0 }, // no data at all
  G: { answers: 12, unsafe: 6, harm: 10 },
  H: { answers: 6, unsafe: 4, harm: 12 }, // harm exactly at the median
};
const names = Object.keys(wards) as (keyof typeof wards)[];
const areas = Object.values(wards);
const byName = (classes: PerceptionClass[]) => Object.fromEntries(names.map((n, i) => [n, classes[i]]));

describe('perception against recorded harm', () => {
  it('splits at the medians, worked by hand', () => {
    // Perception median over wards with ≥ 5 answers (A, B, C, D, G, H; not E or F):
    //   unsafe 12, 10, 2, 1, 6, 4 → sorted 1, 2, 4, 6, 10, 12 → (4 + 6) / 2 = 5. High (> 5): A, B, G.
    // Harm median over wards with any data (all but F, E included):
    //   harm 40, 5, 30, 3, 50, 10, 12 → sorted 3, 5, 10, 12, 30, 40, 50 → 12. High (> 12): A, C, E.
    const { classes, perceptionMedian, harmMedian } = classifyPerception(areas);
    expect(perceptionMedian).toBe(5);
    expect(harmMedian).toBe(12);
    expect(byName(classes)).toEqual({
      A: 'feared and harmful',
      B: 'feared, little recorded harm',
      C: 'harmful, not feared',
      D: 'neither',
      E: 'too few answers',
      F: 'too few answers',
      G: 'feared, little recorded harm', // 6 > 5, 10 ≤ 12
      H: 'neither', // 4 ≤ 5, and 12 is not above 12
    });
  });

  it('uses thresholds given by the caller instead of the medians', () => {
    // unsafe > 3: A, B, G, H. harm > 8: A, C, G, H (and E, still too few answers).
    const overridden = { perceptionThreshold: 3, harmThreshold: 8 };
    const { classes, perceptionMedian, harmMedian } = classifyPerception(areas, overridden);
    expect(byName(classes)).toEqual({
      A: 'feared and harmful',
      B: 'feared, little recorded harm',
      C: 'harmful, not feared',
      D: 'neither',
      E: 'too few answers',
      F: 'too few answers',
      G: 'feared and harmful',
      H: 'feared and harmful',
    });
    // The medians are still reported, for the legend.
    expect([perceptionMedian, harmMedian]).toEqual([5, 12]);
    // One override alone leaves the other median in place: unsafe > 0 is every answered ward.
    expect(byName(classifyPerception(areas, { perceptionThreshold: 0 }).classes)).toMatchObject({
      C: 'feared and harmful',
      D: 'feared, little recorded harm',
      H: 'feared, little recorded harm',
    });
  });

  it('applies the minimum number of answers to the classes and the perception median, not the harm median', () => {
    // minAnswers 10: A, B, C, G answered; unsafe 12, 10, 2, 6 → sorted 2, 6, 10, 12 → (6 + 10) / 2 = 8.
    // The harm median is still 12, over the same seven wards.
    const { classes, perceptionMedian, harmMedian } = classifyPerception(areas, { minAnswers: 10 });
    expect([perceptionMedian, harmMedian]).toEqual([8, 12]);
    expect(byName(classes)).toEqual({
      A: 'feared and harmful',
      B: 'feared, little recorded harm',
      C: 'harmful, not feared',
      D: 'too few answers',
      E: 'too few answers',
      F: 'too few answers',
      G: 'neither', // 6 ≤ 8, 10 ≤ 12
      H: 'too few answers',
    });
  });

  it('never classifies an area without answers, even with no minimum', () => {
    // minAnswers 0 acts as 1: E (3 answers) is now classified, F (none) is not.
    // Perception median over A–E, G, H: 12, 10, 2, 1, 3, 6, 4 → sorted 1, 2, 3, 4, 6, 10, 12 → 4.
    const { classes, perceptionMedian } = classifyPerception(areas, { minAnswers: 0 });
    expect(perceptionMedian).toBe(4);
    expect(byName(classes)).toMatchObject({ E: 'harmful, not feared', F: 'too few answers', H: 'neither' });
  });

  it('counts harm in areas without answers towards the harm median', () => {
    // Harm median over all three (the first has harm): 1, 3, 9 → 3. Perception median over the other two: 1, 5 → 3.
    const { classes, perceptionMedian, harmMedian } = classifyPerception([
      { answers: 0, unsafe: 0, harm: 9 },
      { answers: 10, unsafe: 5, harm: 1 },
      { answers: 10, unsafe: 1, harm: 3 },
    ]);
    expect([perceptionMedian, harmMedian]).toEqual([3, 3]);
    expect(classes).toEqual(['too few answers', 'feared, little recorded harm', 'neither']);
  });

  it('gives NaN medians and only "too few answers" when there is nothing to compare', () => {
    expect(classifyPerception([])).toEqual({ classes: [], perceptionMedian: Number.NaN, harmMedian: Number.NaN });
    const { classes, perceptionMedian, harmMedian } = classifyPerception([
      { answers: 0, unsafe: 0, harm: 0 },
      { answers: 2, unsafe: 2, harm: 0 },
    ]);
    expect(classes).toEqual(['too few answers', 'too few answers']);
    expect(perceptionMedian).toBeNaN();
    expect(harmMedian).toBe(0); // the second area has answers, so its zero harm counts
  });

  it('has a note for every class', () => {
    expect(Object.keys(PERCEPTION_CLASS_NOTES).sort()).toEqual([...PERCEPTION_CLASSES].sort());
    expect(PERCEPTION_CLASS_NOTES['harmful, not feared']).toMatch(/hidden risk/i);
    expect(PERCEPTION_CLASS_NOTES['feared, little recorded harm']).toMatch(/lighting/);
  });
});

// Five wards over a range with 6 months of data. A and B have the same count, B a tenth of A's residents.
const rated = {
  A: { answers: 40, unsafe: 8, harm: 600, population: 20_000 }, // a large rural ward
  B: { answers: 10, unsafe: 6, harm: 600, population: 2_000 },
  C: { answers: 20, unsafe: 10, harm: 300, population: 5_000 },
  D: { answers: 4, unsafe: 4, harm: 50, population: 4_000 }, // below the minimum of 5
  E: { answers: 0, unsafe: 0, harm: 0, population: 3_000 }, // no data at all
};
const ratedNames = Object.keys(rated);
const ratedAreas = Object.values(rated);
const byWard = (classes: PerceptionClass[]) => Object.fromEntries(ratedNames.map((n, i) => [n, classes[i]]));

describe('perception against recorded harm per ward, by rate', () => {
  it('annualises per 1,000 residents over the months with data', () => {
    // 120 records in 6 months among 1,000 residents: 240 a year, 240 per 1,000.
    expect(annualRatePer1000(120, 1_000, 6)).toBe(240);
    // The same 120 over 12 months with data among 4,000 residents: 120 a year, 30 per 1,000.
    expect(annualRatePer1000(120, 4_000, 12)).toBe(30);
    expect(annualRatePer1000(0, 4_000, 12)).toBe(0);
    expect(annualRatePer1000(120, 0, 12)).toBeNull();
    expect(annualRatePer1000(120, 4_000, 0)).toBeNull();
  });

  it('classifies by rate and share, worked by hand: the same count in a ten times larger ward is not "harmful"', () => {
    // Rates, 1000 × harm × 12 / (population × 6): A 7,200,000 / 120,000 = 60; B 7,200,000 / 12,000 = 600;
    //   C 3,600,000 / 30,000 = 120; D 600,000 / 24,000 = 25; E 0.
    // Rate median over wards with data (not E): 25, 60, 120, 600 → (60 + 120) / 2 = 90. High (> 90): B, C.
    // Shares: A 8/40 = 0.2; B 6/10 = 0.6; C 10/20 = 0.5; D 1; E none.
    // Share median over wards with ≥ 5 answers (A, B, C): 0.2, 0.5, 0.6 → 0.5. High (> 0.5): B.
    const c = classifyWardPerception(ratedAreas, { monthsWithData: 6 });
    expect(c.rates).toEqual([60, 600, 120, 25, 0]);
    expect(c.shares).toEqual([0.2, 0.6, 0.5, 1, null]);
    expect([c.harmMedian, c.perceptionMedian]).toEqual([90, 0.5]);
    expect(byWard(c.classes)).toEqual({
      A: 'neither',
      B: 'feared and harmful',
      C: 'harmful, not feared', // 0.5 is not above 0.5
      D: 'too few answers',
      E: 'too few answers',
    });
    // By counts the same wards read otherwise: harm median (300 + 600) / 2 = 450 over A–D, so A (600) is
    // "harmful"; unsafe median over A, B, C (8, 6, 10) = 8, so A (8) is not feared — the large ward looks like
    // hidden risk only for being large.
    expect(classifyPerception(ratedAreas).classes[0]).toBe('harmful, not feared');
  });

  it('scales with the months with data, and an overriding rate threshold sees it', () => {
    // Twelve months with data halve every rate: A 30, B 300, C 60, D 12.5. The medians halve too (45), so the
    // classes do not change; a fixed threshold of 100 a year finds B and C above it at 6 months, only B at 12.
    const six = classifyWardPerception(ratedAreas, { monthsWithData: 6, harmThreshold: 100 });
    const twelve = classifyWardPerception(ratedAreas, { monthsWithData: 12, harmThreshold: 100 });
    expect(twelve.rates).toEqual([30, 300, 60, 12.5, 0]);
    expect(classifyWardPerception(ratedAreas, { monthsWithData: 12 }).harmMedian).toBe(45);
    expect(byWard(six.classes)).toMatchObject({ B: 'feared and harmful', C: 'harmful, not feared' });
    expect(byWard(twelve.classes)).toMatchObject({ B: 'feared and harmful', C: 'neither' });
  });

  it('takes overriding thresholds as a share and a rate, and still reports the medians', () => {
    // Share > 0.1 and rate > 50: A (0.2, 60), B (0.6, 600), C (0.5, 120) are all feared and harmful.
    const c = classifyWardPerception(ratedAreas, { monthsWithData: 6, perceptionThreshold: 0.1, harmThreshold: 50 });
    expect(byWard(c.classes)).toEqual({
      A: 'feared and harmful',
      B: 'feared and harmful',
      C: 'feared and harmful',
      D: 'too few answers',
      E: 'too few answers',
    });
    expect([c.harmMedian, c.perceptionMedian]).toEqual([90, 0.5]);
  });

  it('applies the minimum number of answers to the classes and the share median only', () => {
    // minAnswers 20: A (40) and C (20) answered; shares 0.2, 0.5 → median 0.35. Rate median still 90 over A–D.
    const c = classifyWardPerception(ratedAreas, { monthsWithData: 6, minAnswers: 20 });
    expect([c.harmMedian, c.perceptionMedian]).toEqual([90, 0.35]);
    expect(byWard(c.classes)).toEqual({
      A: 'neither',
      B: 'too few answers',
      C: 'feared and harmful',
      D: 'too few answers',
      E: 'too few answers',
    });
  });

  it('gives "no rate" to an answered ward without a population, and to all when no month holds data', () => {
    // C without residents: no rate, out of the rate median: 25, 60, 600 → 60. B (600) is harmful, A (60) is not.
    const noPopulation = ratedAreas.map((w, i) => (i === 2 ? { ...w, population: 0 } : w));
    const c = classifyWardPerception(noPopulation, { monthsWithData: 6 });
    expect(c.rates[2]).toBeNull();
    expect(c.harmMedian).toBe(60);
    expect(byWard(c.classes)).toMatchObject({ A: 'neither', B: 'feared and harmful', C: 'no rate' });
    const none = classifyWardPerception(ratedAreas, { monthsWithData: 0 });
    expect(none.rates).toEqual([null, null, null, null, null]);
    expect(none.harmMedian).toBeNaN();
    expect(none.classes).toEqual(['no rate', 'no rate', 'no rate', 'too few answers', 'too few answers']);
  });
});
