import { useEffect, useState } from 'react';
import { captions, type Captions, type SlideFigures } from '../analysis/captions';
import type { DisclosureRule } from '../analysis/disclosure';
import type { Coordinator } from '../coordinator/coordinator';
import type { RecordFilter } from '../db/viewQueries';
import { formatMonthRuns, formatPeriod } from './format';

export interface SlideLabels {
  categoryLabel: string;
  areaLabel: string;
}

/** A briefing slide's figures and captions for the current view, recomputed from the loaded data. */
export function useSlideFigures(
  coordinator: Coordinator | null,
  filter: RecordFilter | null,
  resolution: number,
  labels: SlideLabels,
  flagged: ReadonlySet<number>,
  harm: boolean,
  rule: DisclosureRule | null,
  active: boolean,
): { figures: SlideFigures; captions: Captions } | null {
  const [out, setOut] = useState<{ figures: SlideFigures; captions: Captions } | null>(null);
  const key = JSON.stringify([filter, resolution, labels, rule, harm, active]);
  useEffect(() => {
    if (!coordinator || !filter || !active) return;
    let live = true;
    void coordinator.slideNumbers(filter, resolution).then((n) => {
      if (!live) return;
      const incomplete = [...flagged].filter((m) => m >= filter.fromMonth && m <= filter.toMonth);
      const figures: SlideFigures = {
        ...labels,
        periodLabel: formatPeriod(filter.fromMonth, filter.toMonth),
        previousLabel: formatPeriod(n.previousPeriod.from, n.previousPeriod.to),
        yearLabel: formatPeriod(n.yearPeriod.from, n.yearPeriod.to),
        total: n.total,
        previous: n.previous,
        yearEarlier: n.yearEarlier,
        parts: n.parts,
        topLocations: n.topLocations,
        hotSpots: n.hotSpots,
        newHotSpots: n.newHotSpots,
        newHotSpotNear: n.newHotSpotNear,
        incomplete: incomplete.length ? formatMonthRuns(incomplete) : null,
        harm,
      };
      setOut({ figures, captions: captions(figures, rule) });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [coordinator, key]);
  return active ? out : null;
}
