import { POLICE_UK_CATEGORIES, type PoliceUkCategory } from './categories';

/** One category's weight, with where it comes from. */
export interface HarmWeight {
  category: PoliceUkCategory;
  weight: number;
  /** Which offence the figure belongs to and why it stands for this category. */
  basis: string;
  source: string;
  /** True when no sourced figure exists: the UI marks it unverified wherever harm is shown. */
  placeholder: boolean;
}

/** A named table of weights per police.uk category. Weights are applied at query time, never stored. */
export interface HarmScheme {
  id: string;
  name: string;
  weights: HarmWeight[];
}

const ONS_CSS = 'ONS Crime Severity Score (2016, experimental), as quoted by secondary sources — verify against the ONS data tool, sheet "List of weights"';
const PLACEHOLDER_BASIS = 'Placeholder: no sourced figure for any offence in this category. Set your own.';

export const COUNT_SCHEME: HarmScheme = {
  id: 'count',
  name: 'Count',
  weights: POLICE_UK_CATEGORIES.map((category) => ({
    category,
    weight: 1,
    basis: 'Every record counts once.',
    source: '—',
    placeholder: false,
  })),
};

/** Sourced figures from docs/harm-weights.md, each mapped to the one police.uk category it best represents. */
const CSS_FIGURES: Partial<Record<PoliceUkCategory, { weight: number; basis: string }>> = {
  'Violence and sexual offences': {
    weight: 203.07,
    basis: 'Assault with injury (203.07). An approximation: the category pools harassment (39.64) to homicide (7,979).',
  },
  Robbery: { weight: 993.55, basis: 'Robbery of personal property (993.55).' },
  'Criminal damage and arson': { weight: 9.16, basis: 'Criminal damage, sub-offence not stated (9.16); arson not covered.' },
  'Public order': { weight: 7.576, basis: 'Public fear, alarm or distress (7.576).' },
  Drugs: { weight: 3, basis: 'Possession of cannabis (3); trafficking not covered, so an under-estimate.' },
  'Other theft': { weight: 7, basis: 'Dishonest use of electricity (7), one of the "other theft" offences: a weak stand-in.' },
};

export const ILLUSTRATIVE_CSS_SCHEME: HarmScheme = {
  id: 'ons-css-illustrative',
  name: 'Illustrative (ONS CSS offences)',
  weights: POLICE_UK_CATEGORIES.map((category) => {
    const figure = CSS_FIGURES[category];
    return figure
      ? { category, weight: figure.weight, basis: figure.basis, source: ONS_CSS, placeholder: false }
      : { category, weight: 1, basis: PLACEHOLDER_BASIS, source: '—', placeholder: true };
  }),
};

export const BUILT_IN_SCHEMES: readonly HarmScheme[] = [COUNT_SCHEME, ILLUSTRATIVE_CSS_SCHEME];

/** Weights by category id, as the queries take them. */
export function weightVector(scheme: HarmScheme): number[] {
  return POLICE_UK_CATEGORIES.map((c) => scheme.weights.find((w) => w.category === c)?.weight ?? 1);
}

/** Weights of a plain count. */
export const COUNT_WEIGHTS: readonly number[] = POLICE_UK_CATEGORIES.map(() => 1);

export function placeholderCount(scheme: HarmScheme): number {
  return scheme.weights.filter((w) => w.placeholder).length;
}
