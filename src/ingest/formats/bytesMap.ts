/**
 * A map keyed by a run of bytes inside a larger buffer, so a reader can look up a field (a crime type, a
 * coordinate pair) without first making a string of it. Keys are copied on `set`.
 */
export class BytesMap<V> {
  private readonly buckets = new Map<number, { key: Uint8Array; value: V }[]>();
  /** The last entry found: consecutive records often share a value (the force, nearly always). */
  private last: { key: Uint8Array; value: V } | undefined;
  size = 0;

  clear(): void {
    this.buckets.clear();
    this.last = undefined;
    this.size = 0;
  }

  get(src: Uint8Array, start: number, end: number): V | undefined {
    const last = this.last;
    if (last && sameBytes(last.key, src, start, end)) return last.value;
    const list = this.buckets.get(hashBytes(src, start, end));
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) {
      if (sameBytes(list[i].key, src, start, end)) {
        this.last = list[i];
        return list[i].value;
      }
    }
    return undefined;
  }

  set(src: Uint8Array, start: number, end: number, value: V): void {
    const h = hashBytes(src, start, end);
    let list = this.buckets.get(h);
    if (!list) this.buckets.set(h, (list = []));
    list.push({ key: src.slice(start, end), value });
    this.size++;
  }
}

/** FNV-1a, 32 bits. */
function hashBytes(src: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ src[i], 0x01000193);
  return h;
}

function sameBytes(key: Uint8Array, src: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== src[start + i]) return false;
  return true;
}
