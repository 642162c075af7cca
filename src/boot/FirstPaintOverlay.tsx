import type { FeatureCollection } from 'geojson';
import { useLayoutEffect, useRef, useState } from 'react';
import type { FirstPaint } from '../ingest/policeUk/embeddedManifest';
import { FirstPaintMap } from './FirstPaintMap';

/**
 * The precomputed first paint filling its container (the map pane), drawn as soon as it is mounted (the
 * area's outline alone when there is no paint for the view asked for); `onPainted` runs once the frame
 * holding it has been painted.
 */
export function FirstPaintOverlay({ paint, wards, onPainted }: { paint: FirstPaint | undefined; wards: FeatureCollection; onPainted?: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (el) setSize({ width: el.clientWidth, height: el.clientHeight });
  }, []);
  useLayoutEffect(() => {
    if (size && onPainted) requestAnimationFrame(() => requestAnimationFrame(onPainted));
  }, [size, onPainted]);
  return (
    <div className="first-paint" ref={box} data-testid="first-paint">
      {size && <FirstPaintMap paint={paint} wards={wards} width={size.width} height={size.height} />}
    </div>
  );
}

/** True when the address asks for the default view, the one the first paint shows. */
export function isDefaultAddress(hash: string): boolean {
  return [...new URLSearchParams(hash.replace(/^#/, '')).keys()].every((k) => k === 'fp');
}

export function markOnce(name: string): void {
  if (!performance.getEntriesByName(name).length) performance.mark(name);
}
