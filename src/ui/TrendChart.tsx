import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { monthLabel, monthsBetween } from '../domain/months';
import { formatCompact } from './format';

export interface TrendSeries {
  /** Months with data and their counts; months of the span missing here are drawn as "no data". */
  month: number[];
  count: number[];
}

interface Props {
  series: TrendSeries;
  from: number;
  to: number;
  /** Months to mark as a possibly incomplete publication. */
  flagged: ReadonlySet<number>;
  /** Months to highlight (the playback window). */
  window?: [number, number] | null;
  height?: number;
  label: string;
}

const toSeconds = (m: number) => Date.UTC(1970 + Math.floor(m / 12), m % 12, 1) / 1000;
const fromSeconds = (s: number) => {
  const d = new Date(s * 1000);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
};

/** Records per month (uPlot). Gap months break the line and are shaded "no data"; flagged months are marked. */
export function TrendChart({ series, from, to, flagged, window, height = 170, label }: Props) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const months = monthsBetween(from, to);
    const byMonth = new Map(series.month.map((m, i) => [m, series.count[i]]));
    const xs = months.map(toSeconds);
    const ys = months.map((m) => byMonth.get(m) ?? null);
    const gaps = months.filter((m) => !byMonth.has(m));

    const shade = (u: uPlot, a: number, b: number, fill: string) => {
      const x0 = u.valToPos(toSeconds(a) - 15 * 86400, 'x', true);
      const x1 = u.valToPos(toSeconds(b) + 15 * 86400, 'x', true);
      u.ctx.fillStyle = fill;
      u.ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
    };
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: false },
      padding: [12, 28, 0, 0],
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(1, max * 1.1)] } },
      axes: [
        {
          values: (_u, splits) => splits.map((s) => monthLabel(fromSeconds(s))),
          space: 70,
          font: '12px "DejaVu Sans", Arial, sans-serif',
          stroke: '#333',
        },
        {
          size: 56,
          values: (_u, splits) => splits.map(formatCompact),
          font: '12px "DejaVu Sans", Arial, sans-serif',
          stroke: '#333',
        },
      ],
      series: [
        {},
        {
          label,
          stroke: '#1d3c6e',
          width: 2,
          spanGaps: false,
          points: {
            show: true,
            size: 7,
            fill: '#1d3c6e',
          },
        },
      ],
      hooks: {
        drawClear: [
          (u) => {
            for (const m of gaps) shade(u, m, m, 'rgba(150,150,150,0.25)');
            if (window) shade(u, window[0], window[1], 'rgba(244,161,0,0.25)');
          },
        ],
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.font = `${12 * devicePixelRatio}px "DejaVu Sans", Arial, sans-serif`;
            ctx.textAlign = 'center';
            for (const m of flagged) {
              const v = byMonth.get(m);
              if (v === undefined || m < from || m > to) continue;
              const x = u.valToPos(toSeconds(m), 'x', true);
              const y = u.valToPos(v, 'y', true);
              ctx.fillStyle = '#a4161a';
              ctx.beginPath();
              ctx.arc(x, y, 5 * devicePixelRatio, 0, 2 * Math.PI);
              ctx.fill();
              ctx.fillText('?', x, y - 9 * devicePixelRatio);
            }
            if (gaps.length) {
              ctx.fillStyle = '#555';
              const mid = gaps[Math.floor(gaps.length / 2)];
              ctx.fillText('no data', u.valToPos(toSeconds(mid), 'x', true), u.bbox.top + 14 * devicePixelRatio);
            }
            ctx.restore();
          },
        ],
      },
    };
    const plot = new uPlot(opts, [xs, ys] as uPlot.AlignedData, el);
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(200, el.clientWidth), height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [series, from, to, flagged, window, height, label]);

  return <div ref={host} className="trend-chart" role="img" aria-label={`${label} per month`} />;
}
