/**
 * Benjamini–Hochberg false discovery rate adjustment, as R's `p.adjust(p, method = "BH")`: sort the p-values
 * ascending, adj_(j) = min over k ≥ j of p_(k)·m/k, capped at 1, returned in the input order. Tied p-values get
 * the same adjusted value whatever order the sort leaves them in, because the running minimum from the top
 * reaches the last of the tie group (the largest k) first. NaN entries stay NaN and do not count in m, as R
 * does with NA.
 */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const adjusted = new Float64Array(p.length).fill(Number.NaN);
  const order: number[] = [];
  for (let i = 0; i < p.length; i++) if (!Number.isNaN(p[i])) order.push(i);
  order.sort((a, b) => p[b] - p[a]);
  const m = order.length;
  let running = 1;
  for (let k = 0; k < m; k++) {
    running = Math.min(running, (p[order[k]] * m) / (m - k));
    adjusted[order[k]] = running;
  }
  return adjusted;
}
