/**
 * A fast, non-cryptographic 64-bit content fingerprint (two multiply-xor lanes over 32-bit words), as 16 hex
 * digits. It identifies data, it does not protect it: `crypto.subtle` exists only in secure contexts, and a
 * file:// or plain-http deployment must still be able to fingerprint. Incremental, so that a file streamed
 * in chunks of any size gets the same fingerprint as the file read whole.
 */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

export class Fingerprinter {
  private h1 = 0x811c9dc5;
  private h2: number;
  /** Bytes of a word split across chunks (0–3 of them). */
  private readonly carry = new Uint8Array(4);
  private carried = 0;

  constructor(totalBytes: number) {
    this.h2 = 0x01000193 ^ totalBytes;
  }

  private word(w: number): void {
    this.h1 = Math.imul(this.h1 ^ w, 0x01000193);
    let h2 = Math.imul(this.h2 ^ w, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    this.h2 = h2;
  }

  update(bytes: Uint8Array): void {
    let i = 0;
    while (this.carried > 0 && this.carried < 4 && i < bytes.length) this.carry[this.carried++] = bytes[i++];
    if (this.carried === 4) {
      this.word(this.carry[0] | (this.carry[1] << 8) | (this.carry[2] << 16) | (this.carry[3] << 24));
      this.carried = 0;
    }
    const end = i + ((bytes.length - i) & ~3);
    if ((bytes.byteOffset + i) % 4 === 0 && LITTLE_ENDIAN) {
      // Whole words read four bytes at a time (the same little-endian words as the byte loop below).
      const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (end - i) >> 2);
      let h1 = this.h1;
      let h2 = this.h2;
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        h1 = Math.imul(h1 ^ w, 0x01000193);
        h2 = Math.imul(h2 ^ w, 0x5bd1e995);
        h2 ^= h2 >>> 15;
      }
      this.h1 = h1;
      this.h2 = h2;
      i = end;
    }
    for (; i < end; i += 4) this.word(bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    while (i < bytes.length) this.carry[this.carried++] = bytes[i++];
  }

  digest(): string {
    // A trailing partial word is padded with its length, so "a" and "a\0" differ.
    if (this.carried > 0) {
      let w = this.carried << 24;
      for (let k = 0; k < this.carried; k++) w |= this.carry[k] << (8 * k);
      this.word(w);
    }
    return (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0');
  }
}

export function fingerprintBytes(bytes: Uint8Array): string {
  const f = new Fingerprinter(bytes.length);
  f.update(bytes);
  return f.digest();
}

export function fingerprintText(text: string): string {
  return fingerprintBytes(new TextEncoder().encode(text));
}

/** Fingerprint of a set of sources: independent of the order they were loaded in. */
export function combineFingerprints(parts: string[]): string {
  return fingerprintText([...parts].sort().join('|'));
}
