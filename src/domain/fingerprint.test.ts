import { describe, expect, it } from 'vitest';
import { combineFingerprints, fingerprintBytes, Fingerprinter, fingerprintText } from './fingerprint';

describe('fingerprints', () => {
  it('are 16 hex digits, stable, and change with one byte', () => {
    const a = fingerprintText('2019-05,Kent Police');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintText('2019-05,Kent Police')).toBe(a);
    expect(fingerprintText('2019-06,Kent Police')).not.toBe(a);
    expect(fingerprintText('')).not.toBe(fingerprintText('\u0000'));
  });

  it('combine independently of order', () => {
    expect(combineFingerprints(['a', 'b'])).toBe(combineFingerprints(['b', 'a']));
    expect(combineFingerprints(['a', 'b'])).not.toBe(combineFingerprints(['a', 'c']));
  });

  it('are the same for a file streamed in chunks of any size as for the file read whole', () => {
    const bytes = new TextEncoder().encode('Crime ID,Month\nabc,2019-05\n£ sign and more text');
    const whole = fingerprintBytes(bytes);
    for (const size of [1, 2, 3, 5, 7, 8, 64]) {
      const f = new Fingerprinter(bytes.length);
      // Copies, so that some pieces start on a word boundary (read as words) and some do not.
      for (let i = 0; i < bytes.length; i += size) f.update(size % 2 ? bytes.subarray(i, i + size) : bytes.slice(i, i + size));
      expect(f.digest()).toBe(whole);
    }
    expect(fingerprintBytes(bytes.subarray(0, bytes.length - 1))).not.toBe(whole);
  });
});
