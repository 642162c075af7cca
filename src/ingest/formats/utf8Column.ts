/**
 * Text of many records as Arrow lays it out: UTF-8 bytes end to end and an offset per record. Built straight
 * from the bytes of a file where it can be, so that most text is never a JavaScript string at all.
 */
export interface Utf8Column {
  /** length + 1 offsets into `data`. */
  offsets: Int32Array;
  data: Uint8Array;
}

export class Utf8ColumnBuilder {
  private offsets: Int32Array;
  private data: Uint8Array;
  private n = 0;
  private end = 0;
  private readonly encoder = new TextEncoder();

  constructor(capacity: number, bytesPerValue = 24) {
    this.offsets = new Int32Array(capacity + 1);
    this.data = new Uint8Array(Math.max(64, Math.min(capacity * bytesPerValue, 1 << 22)));
  }

  private room(bytes: number): void {
    if (this.end + bytes <= this.data.length) return;
    const grown = new Uint8Array(Math.max(this.end + bytes, this.data.length * 2));
    grown.set(this.data.subarray(0, this.end));
    this.data = grown;
  }

  pushBytes(src: Uint8Array, start: number, end: number): void {
    const n = end - start;
    this.room(n);
    const data = this.data;
    let at = this.end;
    // Fields are short: a plain loop beats making a subarray for `set`.
    if (n < 96) for (let i = start; i < end; i++) data[at++] = src[i];
    else {
      data.set(src.subarray(start, end), at);
      at += n;
    }
    this.end = at;
    this.offsets[++this.n] = at;
  }

  pushString(s: string): void {
    this.room(s.length * 3);
    const data = this.data;
    let at = this.end;
    let i = 0;
    // ASCII by hand (most text here is); the rest through the encoder.
    for (; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      data[at++] = c;
    }
    if (i < s.length) at += this.encoder.encodeInto(s.slice(i), data.subarray(at)).written;
    this.end = at;
    this.offsets[++this.n] = at;
  }

  /** The values so far, copied: the builder may then be `reset` and reused, keeping the room it has grown. */
  finish(): Utf8Column {
    return { offsets: this.offsets.slice(0, this.n + 1), data: this.data.slice(0, this.end) };
  }

  reset(): void {
    this.n = 0;
    this.end = 0;
  }
}

export function utf8Column(values: readonly string[]): Utf8Column {
  const b = new Utf8ColumnBuilder(values.length);
  for (const v of values) b.pushString(v);
  return b.finish();
}

const decoder = new TextDecoder();

export const textAt = (c: Utf8Column, i: number): string => decoder.decode(c.data.subarray(c.offsets[i], c.offsets[i + 1]));

export const texts = (c: Utf8Column): string[] => Array.from({ length: c.offsets.length - 1 }, (_, i) => textAt(c, i));

export function concatUtf8(parts: Utf8Column[]): Utf8Column {
  const n = parts.reduce((k, p) => k + p.offsets.length - 1, 0);
  const offsets = new Int32Array(n + 1);
  const data = new Uint8Array(parts.reduce((k, p) => k + p.data.length, 0));
  let row = 0;
  let at = 0;
  for (const p of parts) {
    data.set(p.data, at);
    for (let i = 1; i < p.offsets.length; i++) offsets[++row] = at + p.offsets[i];
    at += p.data.length;
  }
  return { offsets, data };
}
