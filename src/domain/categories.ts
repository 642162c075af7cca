/**
 * The 14 police.uk street-level crime types, in the order police.uk publishes them.
 * The index of a type in this list is its `category_id` in the `incidents` table, so the
 * order is part of the data model: append, never reorder.
 */
export const POLICE_UK_CATEGORIES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
  'Other crime',
] as const;

export type PoliceUkCategory = (typeof POLICE_UK_CATEGORIES)[number];

export const CATEGORY_COUNT = POLICE_UK_CATEGORIES.length;

const categoryIdByName = new Map<string, number>(POLICE_UK_CATEGORIES.map((name, i) => [name, i]));

/** The category id of a police.uk crime type, or undefined when the text is not one of the 14. */
export function categoryId(name: string): number | undefined {
  return categoryIdByName.get(name);
}

export interface CategoryGroup {
  key: string;
  label: string;
  categories: readonly PoliceUkCategory[];
}

const ACQUISITIVE: readonly PoliceUkCategory[] = [
  'Burglary',
  'Robbery',
  'Vehicle crime',
  'Theft from the person',
  'Shoplifting',
  'Bicycle theft',
  'Other theft',
];

/** One-click groups offered beside the individual types. */
export const CATEGORY_GROUPS: readonly CategoryGroup[] = [
  { key: 'all', label: 'Everything', categories: POLICE_UK_CATEGORIES },
  {
    key: 'crime',
    label: 'All crime',
    categories: POLICE_UK_CATEGORIES.filter((c) => c !== 'Anti-social behaviour'),
  },
  { key: 'asb', label: 'ASB only', categories: ['Anti-social behaviour'] },
  { key: 'violence', label: 'Violence & sexual', categories: ['Violence and sexual offences'] },
  { key: 'acquisitive', label: 'Acquisitive crime', categories: ACQUISITIVE },
];

/** A set of categories as a bit mask over category ids: bit i set means category i is included. */
export function categoryMask(categories: readonly string[]): number {
  let mask = 0;
  for (const name of categories) {
    const id = categoryId(name);
    if (id !== undefined) mask |= 1 << id;
  }
  return mask;
}

export const ALL_CATEGORIES_MASK = (1 << CATEGORY_COUNT) - 1;

export function categoriesInMask(mask: number): PoliceUkCategory[] {
  return POLICE_UK_CATEGORIES.filter((_, i) => (mask >> i) & 1);
}

/** The group whose categories are exactly this mask, if any. */
export function groupForMask(mask: number): CategoryGroup | undefined {
  return CATEGORY_GROUPS.find((g) => categoryMask(g.categories) === mask);
}
