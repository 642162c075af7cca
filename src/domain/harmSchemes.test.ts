import { describe, expect, it } from 'vitest';
import { POLICE_UK_CATEGORIES } from './categories';
import { COUNT_SCHEME, ILLUSTRATIVE_CSS_SCHEME, placeholderCount, weightVector } from './harmSchemes';
import { readScheme, SchemeError, schemeToCsv, schemeToJson } from './harmSchemeIO';

describe('harm schemes', () => {
  it('count weighs every category 1', () => {
    expect(weightVector(COUNT_SCHEME)).toEqual(POLICE_UK_CATEGORIES.map(() => 1));
    expect(placeholderCount(COUNT_SCHEME)).toBe(0);
  });

  it('the illustrative scheme uses only the sourced ONS CSS figures, one per category, and marks the rest', () => {
    const w = Object.fromEntries(ILLUSTRATIVE_CSS_SCHEME.weights.map((x) => [x.category, x]));
    expect(w['Violence and sexual offences'].weight).toBe(203.07);
    expect(w['Violence and sexual offences'].basis).toContain('approximation');
    expect(w.Robbery.weight).toBe(993.55);
    expect(w['Criminal damage and arson'].weight).toBe(9.16);
    expect(w['Public order'].weight).toBe(7.576);
    expect(w.Drugs.weight).toBe(3);
    expect(w['Other theft'].weight).toBe(7);
    // No sourced figure: ASB, bicycle theft, burglary, weapons, shoplifting, theft from the person, vehicle, other.
    expect(placeholderCount(ILLUSTRATIVE_CSS_SCHEME)).toBe(8);
    expect(w['Anti-social behaviour'].placeholder).toBe(true);
    expect(w.Burglary.placeholder).toBe(true);
  });

  it('imports a force harm table from CSV, marking missing categories as placeholders', () => {
    const s = readScheme('\uFEFFcategory,weight,basis\nBurglary,"1,200",CCHI dwelling burglary\nRobbery,365,CCHI robbery\n', 'kent-cchi.csv');
    expect(s.name).toBe('kent-cchi');
    const w = weightVector(s);
    expect(w[POLICE_UK_CATEGORIES.indexOf('Burglary')]).toBe(1200);
    expect(w[POLICE_UK_CATEGORIES.indexOf('Robbery')]).toBe(365);
    expect(placeholderCount(s)).toBe(12);
  });

  it('round-trips through JSON', () => {
    const back = readScheme(schemeToJson(ILLUSTRATIVE_CSS_SCHEME), 'x.json');
    expect(back.name).toBe(ILLUSTRATIVE_CSS_SCHEME.name);
    expect(back.weights.map((w) => w.weight)).toEqual(weightVector(ILLUSTRATIVE_CSS_SCHEME));
    expect(back.weights.map((w) => w.basis)).toEqual(ILLUSTRATIVE_CSS_SCHEME.weights.map((w) => w.basis));
  });

  it('names the file, row and column of a bad weight or category', () => {
    expect(() => readScheme('category,weight\nBurglary,lots\n', 'h.csv')).toThrow(/h\.csv row 2, column "weight"/);
    expect(() => readScheme('category,weight\nMurder,5\n', 'h.csv')).toThrow(SchemeError);
    expect(() => readScheme('name,value\n', 'h.csv')).toThrow(/row 1/);
  });

  it('escapes text that a spreadsheet would run as a formula in the CSV export', () => {
    const evil = { ...ILLUSTRATIVE_CSS_SCHEME, weights: ILLUSTRATIVE_CSS_SCHEME.weights.map((w) => ({ ...w, basis: '=HYPERLINK("x")' })) };
    const csv = schemeToCsv(evil);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv).toContain(`'=HYPERLINK`);
  });
});
