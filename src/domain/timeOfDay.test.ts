import { describe, expect, it } from 'vitest';
import { hoursInRange } from './timeOfDay';

describe('hour ranges', () => {
  it('wrap midnight and include both ends', () => {
    expect(hoursInRange([20, 4])).toEqual([20, 21, 22, 23, 0, 1, 2, 3, 4]);
    expect(hoursInRange([9, 17])).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(hoursInRange([5, 5])).toEqual([5]);
    expect(hoursInRange(null)).toEqual([]);
    expect(hoursInRange([0, 23])).toHaveLength(24);
  });
});
