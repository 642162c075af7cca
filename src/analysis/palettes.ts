import type { EmergingClass } from './emerging';
import type { PerceptionClass } from './perception';

/** Gi_Bin −3..3 → ColorBrewer RdBu (colour-blind safe, diverging). Not significant: light grey, see-through. */
export const GI_BIN_COLORS: Record<number, [number, number, number, number]> = {
  3: [178, 24, 43, 230],
  2: [239, 138, 98, 230],
  1: [253, 219, 199, 230],
  0: [190, 190, 190, 70],
  [-1]: [209, 229, 240, 230],
  [-2]: [103, 169, 207, 230],
  [-3]: [33, 102, 172, 230],
};

export const GI_BIN_LABELS: Record<number, string> = {
  3: 'Hot spot, 99 % confidence',
  2: 'Hot spot, 95 % confidence',
  1: 'Hot spot, 90 % confidence',
  0: 'Not significant',
  [-1]: 'Cold spot, 90 % confidence',
  [-2]: 'Cold spot, 95 % confidence',
  [-3]: 'Cold spot, 99 % confidence',
};

/** Emerging classes: warm hues for hot patterns, cool for cold, ordered by how much they call for action. */
export const EMERGING_COLORS: Record<EmergingClass, [number, number, number, number]> = {
  'new hot spot': [255, 0, 255, 235],
  'consecutive hot spot': [230, 97, 1, 235],
  'intensifying hot spot': [153, 0, 13, 235],
  'persistent hot spot': [203, 24, 29, 235],
  'diminishing hot spot': [251, 106, 74, 235],
  'sporadic hot spot': [253, 184, 99, 235],
  'oscillating hot spot': [178, 171, 210, 235],
  'historical hot spot': [191, 129, 45, 235],
  'new cold spot': [0, 200, 200, 235],
  'consecutive cold spot': [1, 133, 113, 235],
  'intensifying cold spot': [8, 48, 107, 235],
  'persistent cold spot': [33, 113, 181, 235],
  'diminishing cold spot': [107, 174, 214, 235],
  'sporadic cold spot': [158, 202, 225, 235],
  'oscillating cold spot': [94, 60, 153, 235],
  'historical cold spot': [128, 205, 193, 235],
  'no pattern detected': [190, 190, 190, 60],
};

/** Perception against recorded harm (Okabe–Ito colours: safe for colour-blind readers). */
export const PERCEPTION_COLORS: Record<PerceptionClass, [number, number, number, number]> = {
  'feared and harmful': [213, 94, 0, 220],
  'feared, little recorded harm': [230, 159, 0, 220],
  'harmful, not feared': [0, 114, 178, 220],
  neither: [200, 200, 200, 150],
  'too few answers': [255, 255, 255, 60],
  'no rate': [120, 120, 120, 60],
};
