/** Windows-1252's printable characters in 0x80–0x9F (where Latin-1 has control codes). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Windows-1252, what Excel on Windows writes (£, é, ’). Decoded by hand: not every TextDecoder (Node's
 * among them) maps 0x80–0x9F as Windows-1252 does.
 */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  const decoder = new ChunkDecoder();
  return decoder.push(bytes) + decoder.end();
}

/**
 * The same rule for a file read in chunks. Each chunk is cut after its last ASCII byte, so every piece decoded
 * is whole characters: when a piece is not valid UTF-8 it can be decoded again as Windows-1252 without
 * losing bytes held over from the chunk before. From the first invalid piece on, the file is read as
 * Windows-1252 (a file that mixes both is not one a spreadsheet writes).
 */
export class ChunkDecoder {
  private readonly utf8 = new TextDecoder('utf-8', { fatal: true });
  private cp1252 = false;
  private held = new Uint8Array(0);

  get isWindows1252(): boolean {
    return this.cp1252;
  }

  push(chunk: Uint8Array): string {
    const bytes = this.held.length ? concat(this.held, chunk) : chunk;
    let cut = bytes.length;
    while (cut > 0 && bytes[cut - 1] >= 0x80) cut--;
    // A long run with no ASCII byte at all is held back whole; one piece of 64 KiB is the most held.
    if (cut === 0 && bytes.length < 65_536) {
      this.held = bytes.slice();
      return '';
    }
    if (cut === 0) cut = bytes.length;
    this.held = bytes.slice(cut);
    return this.decode(bytes.subarray(0, cut));
  }

  /** Bytes held back (the start of a character cut by the piece end), handed to a reader of raw bytes. */
  takeHeld(): Uint8Array {
    const held = this.held;
    this.held = new Uint8Array(0);
    return held;
  }

  end(): string {
    const rest = this.held;
    this.held = new Uint8Array(0);
    return rest.length ? this.decode(rest) : '';
  }

  private decode(piece: Uint8Array): string {
    if (this.cp1252) return decodeCp1252(piece);
    try {
      return this.utf8.decode(piece);
    } catch {
      this.cp1252 = true;
      return decodeCp1252(piece);
    }
  }
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
