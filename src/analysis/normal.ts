/**
 * Standard normal tail probabilities for Gi* and Mann–Kendall z-scores.
 *
 * W. J. Cody's rational Chebyshev approximations (ACM TOMS Algorithm 715, 1993), in the form R's `pnorm`
 * runs, so p-values agree with R's to rounding: relative error near machine precision over the whole range,
 * tails included. The upper tail Q(y) = 1 − Φ(y) is computed directly, never as 1 − Φ, because Φ rounds to
 * 1 for large y and the subtraction would leave nothing (Φ(8) = 1 − 6.2e-16).
 */

const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113,
];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
  0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5,
];
const INV_SQRT_2PI = 0.398942280401432677939946059934;
/** qnorm(3/4): below it Φ is a rational function of y² about ½. */
const INNER = 0.67448975;
/** Past this Q(y) is below the smallest subnormal double. */
const UNDERFLOW = 37.5193;

/**
 * exp(−y²/2) · r without losing digits: y² is split as ys² + (y − ys)(y + ys) with ys = y rounded down to
 * 1/16, whose square is exact, so the large exponent carries no rounding error (Cody's trick).
 */
function gaussianTimes(y: number, r: number): number {
  const ys = Math.trunc(y * 16) / 16;
  const del = (y - ys) * (y + ys);
  return Math.exp(-ys * ys * 0.5) * Math.exp(-del * 0.5) * r;
}

/** Q(y) = 1 − Φ(y) for y ≥ 0. */
function upperTail(y: number): number {
  if (y <= INNER) {
    const ysq = y * y;
    let num = A[4] * ysq;
    let den = ysq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * ysq;
      den = (den + B[i]) * ysq;
    }
    return 0.5 - (y * (num + A[3])) / (den + B[3]);
  }
  if (y <= Math.sqrt(32)) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    return gaussianTimes(y, (num + C[7]) / (den + D[7]));
  }
  if (y < UNDERFLOW) {
    const inv = 1 / (y * y);
    let num = P[5] * inv;
    let den = inv;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * inv;
      den = (den + Q[i]) * inv;
    }
    return gaussianTimes(y, (INV_SQRT_2PI - (inv * (num + P[4])) / (den + Q[4])) / y);
  }
  return 0;
}

/** Φ(z), the standard normal distribution function. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return z < 0 ? upperTail(-z) : 1 - upperTail(z);
}

/** Two-sided p-value of a z-score, 2·(1 − Φ(|z|)), from the upper tail so small p keep their digits. */
export function twoSidedP(z: number): number {
  if (Number.isNaN(z)) return NaN;
  return 2 * upperTail(Math.abs(z));
}
