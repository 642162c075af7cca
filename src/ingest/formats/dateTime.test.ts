import { describe, expect, it } from 'vitest';
import { hasTime, monthIndexOf, parseDateTime } from './dateTime';

describe('dates from council and survey files', () => {
  it('reads UK day-first dates with times, and ISO dates', () => {
    expect(parseDateTime('03/05/2019 22:15')).toBe(Date.UTC(2019, 4, 3, 22, 15));
    expect(parseDateTime('3/5/2019')).toBe(Date.UTC(2019, 4, 3));
    expect(parseDateTime('2019-05-03T22:15:09')).toBe(Date.UTC(2019, 4, 3, 22, 15, 9));
    expect(parseDateTime('2019-05-03 22:15')).toBe(Date.UTC(2019, 4, 3, 22, 15));
    expect(parseDateTime('2019-05-03')).toBe(Date.UTC(2019, 4, 3));
  });

  it('refuses impossible and ambiguous-looking text', () => {
    for (const bad of ['31/02/2019', '2019-13-01', '25:00', 'yesterday', '03/05/19', '2019-05-03 24:10', '']) {
      expect(parseDateTime(bad), bad).toBeUndefined();
    }
  });

  it('tells date-times from dates, and gives the month index', () => {
    expect(hasTime('03/05/2019 22:15')).toBe(true);
    expect(hasTime('03/05/2019')).toBe(false);
    expect(monthIndexOf(Date.UTC(2019, 4, 3, 23, 59))).toBe((2019 - 1970) * 12 + 4);
  });
});
