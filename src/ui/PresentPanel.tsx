import type { Captions, SlideFigures } from '../analysis/captions';
import { showCount, type DisclosureRule } from '../analysis/disclosure';
import { formatValue } from './format';

interface Props {
  figures: SlideFigures;
  captions: Captions;
  rule: DisclosureRule | null;
  ruleText: string;
  notes: string;
}

/** What the room reads: few numbers, large, in words; the disclosure rule always stated. */
export function PresentPanel({ figures, captions, rule, ruleText, notes }: Props) {
  // Harm sums of a sensitive category could give its count back: under the rule they are left out.
  const value = (v: number) => (rule ? (figures.harm ? '' : showCount(v, rule)) : formatValue(v));
  const big = captions.headline.split(': ').slice(1).join(': ');
  return (
    <aside className="present-panel" aria-label="Slide figures" data-testid="present-panel">
      <p className="present-big" data-testid="present-total">
        {big.split(',')[0]}
      </p>
      <ul className="present-lines">
        {captions.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      {figures.topLocations.length > 0 && (
        <>
          <h3>Top five places</h3>
          <ol className="present-top">
            {figures.topLocations.map((t) => (
              <li key={`${t.location}|${t.ward}`}>
                {t.location.replace(/^On or near\s+/i, '')} <span className="muted">({t.ward})</span>
                {value(t.value) && ` — ${value(t.value)}`}
              </li>
            ))}
          </ol>
        </>
      )}
      {notes && <p className="present-notes">{notes}</p>}
      <p className="present-rule" data-testid="present-rule">
        {ruleText}
      </p>
    </aside>
  );
}
