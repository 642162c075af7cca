// Seeded, INVENTED example files for the perception comparison: a youth-survey export and a council ASB
// extract. Nothing here describes real people or real incidents. The file names say INVENTED, every survey
// comment starts "[INVENTED] " and every council case reference starts "INV-". Survey phone numbers are in
// Ofcom's ranges reserved for drama (07700 900xxx, 01632 960xxx) and emails are at example.com.
import { wgs84ToBng } from '../src/ingest/formats/bng';
import { seededRandom } from './synthetic';

export const PERCEPTION_HEADER =
  'location_lat,location_lon,easting,northing,ward,feels_unsafe,age_band,time_of_day,reason,comment,date';
export const COUNCIL_HEADER = 'Case Ref,Reported,Category,Easting,Northing,Location';

export const AGE_BANDS = ['under 16', '16-17', '18-24', '25+'] as const;
export const REASONS = [
  'poor lighting',
  'groups hanging around',
  'drugs',
  'harassment',
  'past experience',
  'other',
] as const;
export const COUNCIL_CATEGORIES = [
  'ASB - Noise',
  'ASB - Youth nuisance',
  'Fly-tipping',
  'Street drinking',
  'Drug paraphernalia',
] as const;
type AgeBand = (typeof AGE_BANDS)[number];
type Reason = (typeof REASONS)[number];
type CouncilCategory = (typeof COUNCIL_CATEGORIES)[number];

/** The wards the examples cluster in. Each has a box lying wholly inside it (checked against the polygons by test). */
export const CLUSTER_WARDS = ['Margate Central', 'Cliftonville West', 'Central Harbour', 'Eastcliff'] as const;
type ClusterWard = (typeof CLUSTER_WARDS)[number];
type Place = ClusterWard | 'elsewhere';

/** The other 19 Thanet 2013 wards, named by ward-only survey rows from 'elsewhere'. */
const OTHER_WARDS = [
  'Beacon Road',
  'Birchington North',
  'Birchington South',
  'Bradstowe',
  'Cliffsend and Pegwell',
  'Cliftonville East',
  'Dane Valley',
  'Garlinge',
  'Kingsgate',
  'Nethercourt',
  'Newington',
  'Northwood',
  'St Peters',
  'Salmestone',
  'Sir Moses Montefiore',
  'Thanet Villages',
  'Viking',
  'Westbrook',
  'Westgate-on-Sea',
];

/**
 * Latitude/longitude boxes. The cluster boxes are inner parts of the brief's town ranges (Margate 51.386–51.392 N,
 * 1.375–1.395 E and so on): the full ranges run into the sea and across ward lines. 'elsewhere' is inland Thanet,
 * kept south of Margate and west of Ramsgate so that it never reaches a cluster ward, which makes the cluster
 * wards' totals exact.
 */
const BOXES: Record<Place, { lat: [number, number]; lon: [number, number] }> = {
  'Margate Central': { lat: [51.386, 51.39], lon: [1.381, 1.384] },
  'Cliftonville West': { lat: [51.3875, 51.391], lon: [1.39, 1.4] },
  'Central Harbour': { lat: [51.332, 51.339], lon: [1.407, 1.414] },
  Eastcliff: { lat: [51.3345, 51.34], lon: [1.4185, 1.4225] },
  elsewhere: { lat: [51.335, 51.375], lon: [1.27, 1.395] },
};

type Rand = () => number;

function pick<T extends string>(rand: Rand, weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

const oneOf = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

function pointIn(rand: Rand, place: Place): [lon: number, lat: number] {
  const { lat, lon } = BOXES[place];
  return [lon[0] + rand() * (lon[1] - lon[0]), lat[0] + rand() * (lat[1] - lat[0])];
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csvText = (header: string, rows: string[][]) =>
  [header, ...rows.map((r) => r.map(csvField).join(','))].join('\n') + '\n';

const pad2 = (n: number) => String(n).padStart(2, '0');

const zeroCounts = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

// ---------------------------------------------------------------------------------------------------------------
// Youth perception survey

export const PERCEPTION_SEED = 20190601;
const PERCEPTION_ROWS = 300;
const PERCEPTION_PLACES: Record<Place, number> = {
  'Margate Central': 0.22,
  'Cliftonville West': 0.22,
  'Central Harbour': 0.14,
  Eastcliff: 0.1,
  elsewhere: 0.32,
};
/** Share answering "yes, I feel unsafe here": higher in the town-centre clusters. */
const UNSAFE_SHARE: Record<Place, number> = {
  'Margate Central': 0.7,
  'Cliftonville West': 0.7,
  'Central Harbour': 0.6,
  Eastcliff: 0.6,
  elsewhere: 0.3,
};
const AGE_WEIGHTS: Record<AgeBand, number> = { 'under 16': 0.35, '16-17': 0.3, '18-24': 0.25, '25+': 0.1 };
const REASON_WEIGHTS: Record<Reason, number> = {
  'poor lighting': 0.25,
  'groups hanging around': 0.25,
  drugs: 0.15,
  harassment: 0.15,
  'past experience': 0.1,
  other: 0.1,
};
const UNSAFE_COMMENTS: Record<Reason, string[]> = {
  'poor lighting': ['the street lights are out down the alley', 'too dark walking back from the station'],
  'groups hanging around': ['older lads hang about outside the shops', 'big groups by the benches, they shout at you'],
  drugs: ['people dealing by the bins', 'needles in the bushes near the path'],
  harassment: ['men shout stuff at us from cars', 'got followed home from here once'],
  'past experience': ['my friend got jumped here', 'had my phone taken here last year'],
  other: ['it just feels wrong at night', 'nobody around if something happens'],
};
const SAFE_COMMENTS = ['fine in the day, lots of people about', 'ok with my mates', 'never had a problem here'];

type CommentKind = 'email' | 'phone' | 'postcode' | 'markup';
/** Comments with personal details or markup, at fixed rows whatever the seed, so the file always has each kind. */
const SPECIAL_COMMENTS: Record<number, { text: string; kinds: CommentKind[] }> = {
  7: { text: 'tell the council, my email is jo.bloggs@example.com', kinds: ['email'] },
  41: { text: 'my mum says ring her on 07700 900123 about it', kinds: ['phone'] },
  88: { text: 'round the back of the flats at CT9 1XZ, it is "always" bad', kinds: ['postcode'] },
  130: { text: '<img src=x onerror=alert(1)>', kinds: ['markup'] },
  177: { text: 'call +44 7700 900456 or the shop on (01632) 960 123', kinds: ['phone'] },
  219: { text: 'near ct119zz, email sam_99@example.com', kinds: ['postcode', 'email'] },
};

export interface PerceptionTotals {
  file: string;
  rows: number;
  /** Rows with feels_unsafe = yes. */
  unsafe: number;
  byLocationKind: { latlon: number; bng: number; ward: number };
  byAgeBand: Record<AgeBand, number>;
  /** Every row located in a cluster ward, whichever way it is located; no other row falls in these wards. */
  clusterWards: Record<ClusterWard, { rows: number; unsafe: number }>;
  /** Rows whose comment is non-empty, and those holding each kind of detail to mask or markup to keep inert. */
  comments: { written: number } & Record<CommentKind, number>;
}

export function perceptionExample(seed = PERCEPTION_SEED): { csv: string; totals: PerceptionTotals } {
  const rand = seededRandom(seed);
  const totals: PerceptionTotals = {
    file: 'perception-example-INVENTED.csv',
    rows: PERCEPTION_ROWS,
    unsafe: 0,
    byLocationKind: { latlon: 0, bng: 0, ward: 0 },
    byAgeBand: zeroCounts(AGE_BANDS),
    clusterWards: Object.fromEntries(
      CLUSTER_WARDS.map((w) => [w, { rows: 0, unsafe: 0 }]),
    ) as PerceptionTotals['clusterWards'],
    comments: { written: 0, email: 0, phone: 0, postcode: 0, markup: 0 },
  };
  const rows: string[][] = [];
  for (let i = 0; i < PERCEPTION_ROWS; i++) {
    const place = pick(rand, PERCEPTION_PLACES);
    const [lon, lat] = pointIn(rand, place);
    const k = rand();
    const kind = k < 0.6 ? 'latlon' : k < 0.8 ? 'bng' : 'ward';
    const [easting, northing] = wgs84ToBng(lon, lat);
    const location =
      kind === 'latlon'
        ? [lat.toFixed(6), lon.toFixed(6), '', '', '']
        : kind === 'bng'
          ? ['', '', String(Math.round(easting)), String(Math.round(northing)), '']
          : ['', '', '', '', place === 'elsewhere' ? oneOf(rand, OTHER_WARDS) : place];

    const unsafe = rand() < UNSAFE_SHARE[place];
    const ageBand = pick(rand, AGE_WEIGHTS);
    const t = rand();
    const timeOfDay =
      t < 0.4 ? 'night' : t < 0.75 ? 'day' : `${pad2(Math.floor(rand() * 24))}:${pad2(15 * Math.floor(rand() * 4))}`;
    const reason = pick(rand, REASON_WEIGHTS);
    const special = SPECIAL_COMMENTS[i];
    const generic = rand() < 0.35 ? oneOf(rand, unsafe ? UNSAFE_COMMENTS[reason] : SAFE_COMMENTS) : '';
    const comment = special?.text ?? generic;
    const date = new Date(Date.UTC(2019, 0, 1 + Math.floor(rand() * 365))).toISOString().slice(0, 10);

    rows.push([
      ...location,
      unsafe ? 'yes' : 'no',
      ageBand,
      timeOfDay,
      reason,
      comment && `[INVENTED] ${comment}`,
      date,
    ]);
    totals.unsafe += Number(unsafe);
    totals.byLocationKind[kind]++;
    totals.byAgeBand[ageBand]++;
    if (place !== 'elsewhere') {
      totals.clusterWards[place].rows++;
      totals.clusterWards[place].unsafe += Number(unsafe);
    }
    if (comment) totals.comments.written++;
    for (const detail of special?.kinds ?? []) totals.comments[detail]++;
  }
  return { csv: csvText(PERCEPTION_HEADER, rows), totals };
}

export const perceptionExampleCsv = (seed = PERCEPTION_SEED) => perceptionExample(seed).csv;
export const PERCEPTION_EXAMPLE = perceptionExample().totals;

// ---------------------------------------------------------------------------------------------------------------
// Council ASB case extract

export const COUNCIL_SEED = 20191031;
const COUNCIL_ROWS = 400;
const COUNCIL_PLACES: Record<Place, number> = {
  'Margate Central': 0.25,
  'Cliftonville West': 0.3,
  'Central Harbour': 0.15,
  Eastcliff: 0.05,
  elsewhere: 0.25,
};
const LOCATIONS: Record<Place, string[]> = {
  'Margate Central': ['Near Margate High Street', 'Near Cecil Square', 'Near Marine Terrace', 'Near Fort Hill'],
  'Cliftonville West': ['Near Northdown Road', 'Near Ethelbert Crescent', 'Near Dalby Square', 'Near Harold Road'],
  'Central Harbour': ['Near Harbour Parade', 'Near King Street', 'Near Queen Street, Ramsgate'],
  Eastcliff: ['Near Bellevue Road', 'Near Victoria Parade'],
  elsewhere: ['Near a bus shelter', 'Near the recreation ground', 'Near a parade of shops', 'Rear of garages'],
};
const CATEGORY_WEIGHTS: Record<CouncilCategory, number> = {
  'ASB - Noise': 0.25,
  'ASB - Youth nuisance': 0.2,
  'Fly-tipping': 0.25,
  'Street drinking': 0.15,
  'Drug paraphernalia': 0.15,
};
/** Share reported at night (20:00–03:59): noise mostly, fly-tipping mostly found by day. */
const NIGHT_SHARE: Record<CouncilCategory, number> = {
  'ASB - Noise': 0.75,
  'ASB - Youth nuisance': 0.6,
  'Fly-tipping': 0.15,
  'Street drinking': 0.5,
  'Drug paraphernalia': 0.3,
};
/** A night beginning on a Friday or Saturday is this many times as likely as any other night. */
const WEEKEND_NIGHT_WEIGHT = 3;
/** 1 January to 30 October 2019, so that the small hours after the last night are still in October. */
const DAYS = 303;
const MONTHS = Array.from({ length: 10 }, (_, m) => `2019-${pad2(m + 1)}`);

export interface CouncilTotals {
  file: string;
  rows: number;
  byCategory: Record<CouncilCategory, number>;
  /** Keyed 2019-01 … 2019-10 by the date in Reported. */
  byMonth: Record<string, number>;
  /** Reported 20:00–03:59. */
  night: number;
  /** Reported in a night beginning on a Friday or Saturday (Friday 20:00 to Sunday 03:59). */
  friSatNight: number;
  /** Every row in a cluster ward; no other row falls in these wards. */
  clusterWards: Record<ClusterWard, number>;
}

export function councilAsbExample(seed = COUNCIL_SEED): { csv: string; totals: CouncilTotals } {
  const rand = seededRandom(seed);
  const totals: CouncilTotals = {
    file: 'council-asb-example-INVENTED.csv',
    rows: COUNCIL_ROWS,
    byCategory: zeroCounts(COUNCIL_CATEGORIES),
    byMonth: zeroCounts(MONTHS),
    night: 0,
    friSatNight: 0,
    clusterWards: zeroCounts(CLUSTER_WARDS),
  };
  const cases: { time: number; fields: string[] }[] = [];
  for (let i = 0; i < COUNCIL_ROWS; i++) {
    const place = pick(rand, COUNCIL_PLACES);
    const [easting, northing] = wgs84ToBng(...pointIn(rand, place));
    const category = pick(rand, CATEGORY_WEIGHTS);
    const night = rand() < NIGHT_SHARE[category];
    // Rejection sampling for night cases: a Friday or Saturday is always kept, another day one time in
    // WEEKEND_NIGHT_WEIGHT.
    let day: number;
    let weekend: boolean;
    do {
      day = Math.floor(rand() * DAYS);
      const weekday = new Date(Date.UTC(2019, 0, 1 + day)).getUTCDay();
      weekend = weekday === 5 || weekday === 6;
    } while (night && !weekend && rand() * WEEKEND_NIGHT_WEIGHT >= 1);
    const hour = night ? 20 + Math.floor(rand() * 8) : 8 + Math.floor(rand() * 12);
    const time = Date.UTC(2019, 0, 1 + day, hour, 5 * Math.floor(rand() * 12));
    const at = new Date(time);
    const month = pad2(at.getUTCMonth() + 1);
    const reported = `${pad2(at.getUTCDate())}/${month}/2019 ${pad2(at.getUTCHours())}:${pad2(at.getUTCMinutes())}`;
    const location = oneOf(rand, LOCATIONS[place]);

    const fields = [reported, category, String(Math.round(easting)), String(Math.round(northing)), location];
    cases.push({ time, fields });
    totals.byCategory[category]++;
    totals.byMonth[`2019-${month}`]++;
    totals.night += Number(night);
    totals.friSatNight += Number(night && weekend);
    if (place !== 'elsewhere') totals.clusterWards[place]++;
  }
  // A case system numbers cases as they come in: sort by time (stable for ties), then number.
  cases.sort((a, b) => a.time - b.time);
  const rows = cases.map((c, i) => [`INV-${String(i + 1).padStart(5, '0')}`, ...c.fields]);
  return { csv: csvText(COUNCIL_HEADER, rows), totals };
}

export const councilAsbExampleCsv = (seed = COUNCIL_SEED) => councilAsbExample(seed).csv;
export const COUNCIL_EXAMPLE = councilAsbExample().totals;
