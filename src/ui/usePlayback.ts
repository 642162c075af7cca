import { useEffect, useState } from 'react';
import { playbackWindows } from '../analysis/playback';
import type { Coordinator } from '../coordinator/coordinator';
import type { RecordFilter } from '../db/viewQueries';

export const PLAYBACK_STEP_MS = 1500;

export interface Playback {
  playing: boolean;
  window: [number, number] | null;
  /** Top of the colour scale, fixed for the whole play; null when not playing. */
  fixedMax: number | null;
  toggle: () => void;
  /** Leave playback: back to the whole range and its own colour scale. */
  stop: () => void;
}

/**
 * Steps a window of `length` months through the filter's range. The colour scale is set once, when play
 * starts, from the largest count any cell reaches in any window, so colours mean the same in every frame.
 */
export function usePlayback(coordinator: Coordinator | null, filter: RecordFilter | null, resolution: number, length: number): Playback {
  const [playing, setPlaying] = useState(false);
  const [step, setStep] = useState(0);
  const [fixedMax, setFixedMax] = useState<number | null>(null);
  const windows = filter ? playbackWindows(filter.fromMonth, filter.toMonth, length) : [];
  const stop = () => {
    setPlaying(false);
    setStep(0);
    setFixedMax(null);
  };

  // A different range, category, ward or resolution ends the playback: its scale no longer applies.
  const key = JSON.stringify([filter, resolution, length]);
  useEffect(stop, [key]);

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setStep((s) => {
        if (s + 1 >= windows.length) {
          setPlaying(false);
          return s;
        }
        return s + 1;
      });
    }, PLAYBACK_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, windows.length]);

  const toggle = () => {
    if (playing) return setPlaying(false);
    if (!coordinator || !filter) return;
    if (fixedMax !== null && step + 1 < windows.length) return setPlaying(true); // resume
    void coordinator.playbackMax(filter, resolution, length).then((max) => {
      setFixedMax(max);
      setStep(0);
      setPlaying(true);
    });
  };

  const active = fixedMax !== null;
  return {
    playing,
    window: active && windows[step] ? windows[step] : null,
    fixedMax,
    toggle,
    stop,
  };
}
