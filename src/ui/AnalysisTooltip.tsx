import { formatValue } from './format';

export interface AnalysisCellInfo {
  title: string;
  count: number;
  value: number | null;
  z?: number;
  p?: number;
  pAdjusted?: number;
  points?: number;
  topPointShare?: number;
}

const fmt = (x: number) => (x < 0.001 ? x.toExponential(1) : x.toFixed(3));

/** Hover card for an analysis cell: its class, the statistics behind it, and the snap-point caveat. */
export function AnalysisTooltip({ info, x, y }: { info: AnalysisCellInfo; x: number; y: number }) {
  return (
    <div className="tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip" data-testid="analysis-tooltip">
      <div className="tooltip-count">{info.title}</div>
      <dl>
        {info.z !== undefined && (
          <dd>
            z = {info.z.toFixed(2)}, p = {fmt(info.p!)}, adjusted p = {fmt(info.pAdjusted!)}
          </dd>
        )}
        <dd>
          {[Number.isNaN(info.count) ? '' : `${formatValue(info.count)} records`, info.value !== null ? `harm ${formatValue(info.value)}` : '']
            .filter(Boolean)
            .join(' · ')}
        </dd>
        {info.points !== undefined && info.points > 0 && (
          <dd className={info.points === 1 ? 'unverified' : ''}>
            {info.points === 1
              ? 'Rests on one police.uk map point: may be one busy place, not an area'
              : `${info.points} police.uk map points; the largest holds ${Math.round(100 * info.topPointShare!)} %`}
          </dd>
        )}
      </dl>
    </div>
  );
}
