import { describe, expect, it } from 'vitest';
import { classifyPerception, PERCEPTION_CLASS_NOTES, PERCEPTION_CLASSES, type PerceptionClass } from './perception';

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
