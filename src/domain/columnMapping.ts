import type { PoliceUkCategory } from './categories';

/** How a council or partner export's columns are read: remembered per header signature, so it is domain data. */
export interface ColumnMapping {
  date: string;
  category: string;
  /** Each category value of the file → the police.uk category it is counted under. */
  categoryMap: Record<string, PoliceUkCategory>;
  coordinates: { kind: 'latlon'; lat: string; lon: string } | { kind: 'bng'; easting: string; northing: string };
  location?: string;
}
