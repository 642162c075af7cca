import { describe, expect, it } from 'vitest';
import { mercatorPixel, placeLabels } from './labelPlacement';

const opts = { charWidth: 10, height: 10, offsetY: 0, padding: 0 };

describe('label placement', () => {
  it('projects like Web Mercator tiles', () => {
    expect(mercatorPixel(0, 0, 0)).toEqual([128, 128]);
    const [x, y] = mercatorPixel(180, 85.0511287798, 1);
    expect(x).toBeCloseTo(512);
    expect(y).toBeCloseTo(0, 3);
  });

  it('keeps the more important of two overlapping labels and both when apart', () => {
    // At zoom 10 one degree of longitude is 256·1024/360 ≈ 728 px: 0.001° ≈ 0.7 px apart → overlap.
    const labels = [
      { lon: 1.38, lat: 51.38, text: 'Low', priority: 1 },
      { lon: 1.381, lat: 51.38, text: 'High', priority: 5 },
      { lon: 1.5, lat: 51.38, text: 'Far', priority: 0 },
    ];
    expect(placeLabels(labels, 10, opts)).toEqual([1, 2]);
    // Zoomed in far enough the first two separate (0.001° ≈ 93 px at zoom 17 > 40 px of text).
    expect(placeLabels(labels, 17, opts)).toEqual([0, 1, 2]);
  });

  it('breaks ties by order, deterministically', () => {
    const same = [
      { lon: 0, lat: 0, text: 'A', priority: 1 },
      { lon: 0, lat: 0, text: 'B', priority: 1 },
    ];
    expect(placeLabels(same, 5, opts)).toEqual([0]);
  });
});
