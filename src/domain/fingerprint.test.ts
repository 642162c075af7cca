import { describe, expect, it } from 'vitest';
import { combineFingerprints, fingerprintText } from './fingerprint';

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
});
