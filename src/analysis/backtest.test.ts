import { describe, expect, it } from 'vitest';
import { backtest, pai, rri, topCells } from './backtest';

describe('PAI and RRI', () => {
  it('match the definitions on round numbers', () => {
    // 30 of 100 incidents in 5 % of the area: 0.3 / 0.05 = 6
    expect(pai(30, 100, 5, 100)).toBeCloseTo(6, 14);
    expect(pai(5, 0, 1, 10)).toBeNaN();
    expect(pai(5, 10, 0, 10)).toBeNaN();
    // hotspots 10 → 12 (×1.2) while the area went 50 → 100 (×2): 1.2 / 2 = 0.6
    expect(rri(12, 100, 10, 50)).toBeCloseTo(0.6, 14);
    expect(rri(12, 100, 0, 50)).toBeNaN();
  });
});

describe('top cells', () => {
  it('takes the largest values and breaks ties by the lower index', () => {
    expect([...topCells([3, 5, 5, 1, 5], 2)]).toEqual([1, 2]);
    expect([...topCells([3, 5, 5, 1, 5], 3)]).toEqual([1, 2, 4]);
    expect([...topCells([3, 5, 5, 1, 5], 4)]).toEqual([1, 2, 4, 0]);
    expect([...topCells([3, 5, 5, 1, 5], 9)]).toEqual([1, 2, 4, 0, 3]);
    expect(topCells([3, 5], 0)).toHaveLength(0);
  });
});

describe('backtest on a toy grid of 10 cells', () => {
  //            cell:  0  1  2  3  4  5  6  7  8  9
  const train = [5, 0, 2, 8, 1, 0, 3, 0, 1, 0]; // total 20
  const test = [4, 1, 0, 6, 2, 0, 3, 0, 0, 5]; // total 21

  it('scores the top 20 % by training counts on the test period', () => {
    // round(0.2 · 10) = 2 cells: by train, cell 3 (8) then cell 0 (5). Captured: train 13, test 6 + 4 = 10.
    // PAI = (10/21) / (2/10) = 50/21 = 2.381
    // RRI = (10/13) / (21/20) = 200/273 = 0.7326
    // Best 2 cells on test: cell 3 (6), cell 9 (5) = 11 → best PAI = (11/21)/(2/10) → PEI = 10/11
    const r = backtest(train, test, 1, 0.2);
    expect([...r.cells]).toEqual([3, 0]);
    expect(r).toMatchObject({ hotArea: 2, totalArea: 10, capturedTrain: 13, capturedTest: 10 });
    expect(r).toMatchObject({ totalTrain: 20, totalTest: 21 });
    expect(r.pai).toBeCloseTo(50 / 21, 14);
    expect(r.rri).toBeCloseTo(200 / 273, 14);
    expect(r.pei).toBeCloseTo(10 / 11, 14);
  });

  it('uses an area per cell when given one', () => {
    // cell 3 is twice the size: hot area 2 + 1 = 3 of 11. PAI = (10/21)/(3/11) = 110/63.
    // The best 2 test cells (3 and 9) also cover 3 of 11, so PEI = 10/11 again.
    const r = backtest(train, test, [1, 1, 1, 2, 1, 1, 1, 1, 1, 1], 0.2);
    expect(r.hotArea).toBe(3);
    expect(r.totalArea).toBe(11);
    expect(r.pai).toBeCloseTo(110 / 63, 14);
    expect(r.pei).toBeCloseTo(10 / 11, 14);
  });

  it('keeps at least one cell', () => {
    // round(0.01 · 10) = 0 → 1 cell: cell 3, test 6. PAI = (6/21)/(1/10) = 60/21; RRI = (6/8)/(21/20) = 120/168;
    // cell 3 is also the busiest test cell → PEI = 1.
    const r = backtest(train, test, 0.105, 0.01);
    expect([...r.cells]).toEqual([3]);
    expect(r.hotArea).toBeCloseTo(0.105, 15);
    expect(r.pai).toBeCloseTo(60 / 21, 12);
    expect(r.rri).toBeCloseTo(120 / 168, 14);
    expect(r.pei).toBeCloseTo(1, 14);
  });

  it('reports NaN when the test period is empty, and rejects grids of different sizes', () => {
    const r = backtest(train, new Array(10).fill(0), 1, 0.2);
    expect(r.pai).toBeNaN();
    expect(r.rri).toBeNaN();
    expect(r.pei).toBeNaN();
    expect(() => backtest(train, [1, 2], 1, 0.2)).toThrow();
  });
});

describe('backtest with a separate ranking', () => {
  it('chooses cells by the ranking but scores the train and test values', () => {
    // 4 cells of equal area, one chosen (25 %). Ranking picks cell 3 although cell 0 is busiest in train.
    // train = [9, 1, 1, 1] (total 12), test = [1, 1, 1, 5] (total 8): captured test 5 → PAI = (5/8)/(1/4) = 2.5;
    // captured train 1 → RRI = (5/1)/(8/12) = 7.5; best test cell is 3 itself → PEI = 1.
    const r = backtest([9, 1, 1, 1], [1, 1, 1, 5], 1, 0.25, [0, 0, 0, 1]);
    expect([...r.cells]).toEqual([3]);
    expect(r.pai).toBeCloseTo(2.5, 12);
    expect(r.rri).toBeCloseTo(7.5, 12);
    expect(r.pei).toBeCloseTo(1, 12);
  });
});
