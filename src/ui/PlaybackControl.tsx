import { monthLabel } from '../domain/months';
import { PLAYBACK_LENGTHS } from '../state/viewState';

interface Props {
  length: number;
  playing: boolean;
  window: [number, number] | null;
  windowHasData: boolean;
  onLength: (months: number) => void;
  onToggle: () => void;
  onStop: () => void;
}

/** Play a window of months step by step through the range, on one fixed colour scale. */
export function PlaybackControl({ length, playing, window, windowHasData, onLength, onToggle, onStop }: Props) {
  return (
    <div className="control playback">
      <button type="button" onClick={onToggle} aria-pressed={playing} data-testid="play">
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      {window && (
        <button type="button" onClick={onStop} data-testid="stop">
          ■ Stop
        </button>
      )}
      <label>
        window
        <select value={length} onChange={(e) => onLength(Number(e.target.value))} disabled={playing}>
          {PLAYBACK_LENGTHS.map((n) => (
            <option key={n} value={n}>
              {n} month{n === 1 ? '' : 's'}
            </option>
          ))}
        </select>
      </label>
      {window && (
        <span className="play-window" data-testid="play-window" aria-live="polite">
          {monthLabel(window[0])}
          {window[1] !== window[0] ? ` – ${monthLabel(window[1])}` : ''}
          {!windowHasData && ' · no data'}
        </span>
      )}
    </div>
  );
}
