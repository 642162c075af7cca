import { beforeAll, describe, expect, it } from 'vitest';
import { independentCounts, independentTotal, loadWardShapes } from '../../test-support/independentCount';
import { loadedThanet } from './loadedThanet';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';
import { parseMonth } from '../domain/months';
import type { Coordinator } from './coordinator';

const wards = loadWardShapes().map((w) => w.name);
const reference = independentCounts();
let coordinator: Coordinator;
beforeAll(async () => {
  ({ coordinator } = await loadedThanet());
});
const filter = (from: string, to: string) => ({
  fromMonth: parseMonth(from)!,
  toMonth: parseMonth(to)!,
  categories: [...Array(14).keys()],
  wards: [],
  weights: COUNT_WEIGHTS,
});

describe('briefing figures', () => {
  it('compare October 2019 with September 2019 and with October 2018, as an independent count does', async () => {
    const n = await coordinator.slideNumbers(filter('2019-10', '2019-10'), 9);
    expect(n.total).toBe(independentTotal(reference, wards, '2019-10', '2019-10'));
    expect(n.previous).toBe(independentTotal(reference, wards, '2019-09', '2019-09'));
    expect(n.yearEarlier).toBe(independentTotal(reference, wards, '2018-10', '2018-10'));
    expect(n.parts.reduce((a, b) => a + b, 0)).toBe(n.total);
    expect(n.topLocations).toHaveLength(5);
    expect(n.topLocations[0].value).toBeGreaterThanOrEqual(n.topLocations[4].value);
    expect(n.hotSpots).toBeGreaterThan(0);
  });

  it('give no year-earlier figure where the data have a gap (August 2018 is not loaded)', async () => {
    const n = await coordinator.slideNumbers(filter('2019-06', '2019-08'), 9);
    expect(n.yearEarlier).toBeNull();
    expect(n.previous).toBe(independentTotal(reference, wards, '2019-03', '2019-05'));
  });
});
