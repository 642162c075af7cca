// The boundaries the app ships, bundled so that nothing is fetched from another origin.
import type { FeatureCollection } from 'geojson';
import wardsText from '../../data/boundaries/thanet_wards_wd13.geojson?raw';
import kentText from '../../data/boundaries/kent_lads13.geojson?raw';
import { AreaIndex } from './areaIndex';

export const THANET_WARDS = JSON.parse(wardsText) as FeatureCollection;
export const KENT_DISTRICTS = JSON.parse(kentText) as FeatureCollection;
export const THANET = new AreaIndex(THANET_WARDS);
export const AREA_NAME = 'Thanet';
export const WARD_VINTAGE = '2013 wards';

export const BOUNDARY_ATTRIBUTION = [
  'Ward and district boundaries: ONS / Ordnance Survey generalised clipped boundaries (2013 wards, 2013 districts), via martinjc/UK-GeoJSON (CC BY 4.0, Martin Chorley).',
  'Contains Ordnance Survey data © Crown copyright and database right [2014].',
  'Contains Ordnance Survey, Office of National Statistics, National Records Scotland and LPS Intellectual Property data © Crown copyright and database right [2016].',
  'Data licensed under the Open Government Licence v3.0.',
];
