/** Hours in an inclusive range that may wrap midnight: [20, 4] → 20, 21, 22, 23, 0, 1, 2, 3, 4. */
export function hoursInRange(range: readonly [number, number] | null): number[] {
  if (!range) return [];
  const [a, b] = range;
  const out: number[] = [];
  for (let h = a; ; h = (h + 1) % 24) {
    out.push(h);
    if (h === b || out.length === 24) break;
  }
  return out;
}

export const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export function hourLabel(h: number): string {
  return `${String(h).padStart(2, '0')}:00`;
}
