import { describe, expect, it } from 'vitest';
import { applies, DEFAULT_DISCLOSURE as rule, roundTo, showCount, showTotal, suppressedCells } from './disclosure';

describe('disclosure control', () => {
  it('applies when a sensitive category is in view', () => {
    expect(applies(rule, ['Burglary', 'Violence and sexual offences'])).toBe(true);
    expect(applies(rule, ['Burglary'])).toBe(false);
    expect(applies(rule, ['Burglary'], true)).toBe(true);
    expect(applies({ ...rule, on: false }, ['Violence and sexual offences'])).toBe(false);
  });

  it('never shows a count from 1 to 4', () => {
    expect([0, 1, 4, 5, 1234].map((n) => showCount(n, rule))).toEqual(['0', '<5', '<5', '5', '1,234']);
    for (let n = 1; n < 5; n++) expect(showCount(n, rule)).toBe('<5');
  });

  it('rounds a total when a part is suppressed, so the part cannot be got back by subtraction', () => {
    // Parts 3 (suppressed), 40, 57: total 100. Shown: "<5", "40", "57" and a total of ≈100, exactly as is.
    // Parts 3, 40, 58: total 101 → shown ≈100: 100 − 40 − 58 = 2, not 3; the suppressed part stays hidden.
    expect(showTotal(101, [3, 40, 58], rule)).toBe('≈100');
    expect(showTotal(103, [5, 40, 58], rule)).toBe('103');
    expect(showTotal(3, [3], rule)).toBe('<5');
    expect(roundTo(102.5, 5)).toBe(105);
  });

  it('marks cells holding 1 to 4 records for the suppressed colour band', () => {
    expect([...suppressedCells([0, 1, 4, 5, 9], rule)]).toEqual([0, 1, 1, 0, 0]);
  });
});
