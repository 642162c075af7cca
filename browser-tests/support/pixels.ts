import { PNG } from 'pngjs';

/**
 * Pixels of a screenshot that belong to hexagons. The sequential palette (yellow → dark red) is the only warm
 * colour on the map: sea and the selected-ward outline are blue, land and labels are neutral grey, and
 * Playwright's masks are magenta. So "red well above blue" picks out drawn data whatever the blending.
 */
export function hexagonPixels(png: Buffer, step = 2): { count: number; sample: { x: number; y: number }[] } {
  const img = PNG.sync.read(png);
  let count = 0;
  const sample: { x: number; y: number }[] = [];
  for (let y = 0; y < img.height; y += step) {
    for (let x = 0; x < img.width; x += step) {
      const o = (y * img.width + x) * 4;
      const [r, , b] = [img.data[o], img.data[o + 1], img.data[o + 2]];
      if (r > 120 && r - b > 60) {
        count++;
        if (sample.length < 500) sample.push({ x, y });
      }
    }
  }
  return { count, sample };
}

/** Pixels of a screenshot within `tolerance` of one colour in every channel (e.g. the selected-ward outline). */
export function colourPixels(png: Buffer, rgb: readonly [number, number, number], tolerance = 14): number {
  const img = PNG.sync.read(png);
  let count = 0;
  for (let o = 0; o < img.data.length; o += 4) {
    if (rgb.every((v, i) => Math.abs(img.data[o + i] - v) <= tolerance)) count++;
  }
  return count;
}
