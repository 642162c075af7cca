import { describe, expect, it } from 'vitest';
import { ChunkDecoder, decodeText } from './textDecoding';

function inPieces(bytes: Uint8Array, size: number): string {
  const d = new ChunkDecoder();
  let out = '';
  for (let i = 0; i < bytes.length; i += size) out += d.push(bytes.subarray(i, i + size));
  return out + d.end();
}

describe('text decoding in pieces', () => {
  it('keeps multibyte UTF-8 characters cut between pieces whole', () => {
    const text = 'Location,£5 café — 日本 🙂\nx,ü\n';
    const bytes = new TextEncoder().encode(text);
    for (const size of [1, 2, 3, 5, 7]) expect(inPieces(bytes, size)).toBe(text);
  });

  it('reads Windows-1252 (what Excel writes) as Windows-1252 from the first byte that is not UTF-8', () => {
    // "£5 – café" in Windows-1252: £ = A3, – = 96, é = E9
    const bytes = Uint8Array.from([0x61, 0x2c, 0x62, 0x0a, 0xa3, 0x35, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]);
    const expected = 'a,b\n£5 – café\n';
    expect(decodeText(bytes)).toBe(expected);
    for (const size of [1, 2, 4, 5]) expect(inPieces(bytes, size)).toBe(expected);
  });
});
