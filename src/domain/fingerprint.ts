/**
 * A fast, non-cryptographic 64-bit content fingerprint (two FNV-1a-style 32-bit lanes), as 16 hex digits.
 * It identifies data, it does not protect it: `crypto.subtle` exists only in secure contexts, and a
 * file:// or plain-http deployment must still be able to fingerprint.
 */
export function fingerprintBytes(bytes: Uint8Array): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    h1 = Math.imul(h1 ^ b, 0x01000193);
    h2 = Math.imul(h2 ^ b, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function fingerprintText(text: string): string {
  return fingerprintBytes(new TextEncoder().encode(text));
}

/** Fingerprint of a set of sources: independent of the order they were loaded in. */
export function combineFingerprints(parts: string[]): string {
  return fingerprintText([...parts].sort().join('|'));
}
