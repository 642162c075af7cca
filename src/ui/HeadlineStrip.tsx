import { formatCount, formatMonthRuns, formatValue } from './format';

interface Props {
  records: number | null;
  /** How counts are shown: under disclosure control a small total reads "<5". */
  display?: (n: number) => string;
  harm: { value: number; note: string | null } | null;

  noLocation: number;
  monthsWithData: number;
  monthsInRange: number;
  gaps: number[];
  wardNames: string[];
  areaName: string;
}

export function HeadlineStrip({ records, display = formatCount, harm, noLocation, monthsWithData, monthsInRange, gaps, wardNames, areaName }: Props) {
  return (
    <dl className="headline" data-testid="headline">
      <div>
        <dt>Records in view</dt>
        <dd data-testid="records-in-view">{records === null ? '…' : display(records)}</dd>
        {noLocation > 0 && <dd className="note">+{formatCount(noLocation)} without a location (not mapped)</dd>}

      </div>
      {harm && (
        <div>
          <dt>Harm in view</dt>
          <dd data-testid="harm-in-view">{formatValue(harm.value)}</dd>
          {harm.note && <dd className="note unverified-note">{harm.note}</dd>}
        </div>
      )}
      <div>
        <dt>Months with data</dt>
        <dd data-testid="months-with-data">
          {monthsWithData} of {monthsInRange}
        </dd>
        {gaps.length > 0 && (
          <dd className="note" data-testid="gap-months">
            no data: {formatMonthRuns(gaps)}
          </dd>
        )}
      </div>
      <div>
        <dt>Wards</dt>
        <dd data-testid="wards-selected">{wardNames.length === 0 ? `All of ${areaName}` : wardNames.length}</dd>
        {wardNames.length > 0 && <dd className="note">{wardNames.join(', ')}</dd>}
      </div>
    </dl>
  );
}
