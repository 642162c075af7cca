// The boundaries the app ships, bundled so that nothing is fetched from another origin.
import type { FeatureCollection } from 'geojson';
import wardsText from '../../data/boundaries/thanet_wards_wd13.geojson?raw';
import kentText from '../../data/boundaries/kent_lads13.geojson?raw';
import lsoaText from '../../data/boundaries/thanet_lsoa11.geojson?raw';
import populationText from '../../data/context/thanet_lsoa11_population_mid2019.csv?raw';
import { readLsoaPopulation } from './populationCsv';
import { lsoaWardIndex, wardPopulations } from './lsoaWards';
import { AreaIndex } from './areaIndex';

export const THANET_WARDS = JSON.parse(wardsText) as FeatureCollection;
export const KENT_DISTRICTS = JSON.parse(kentText) as FeatureCollection;
export const THANET_LSOAS = JSON.parse(lsoaText) as FeatureCollection;
export const THANET = new AreaIndex(THANET_WARDS, THANET_LSOAS);
export const LSOA_POPULATION = readLsoaPopulation(populationText, 'thanet_lsoa11_population_mid2019.csv');
/** Approximate residents per ward (mid-2019 LSOA estimates summed to the ward holding each LSOA). */
export const WARD_POPULATION = wardPopulations(THANET.wards.length, lsoaWardIndex(THANET_LSOAS, THANET), LSOA_POPULATION);
export const AREA_NAME = 'Thanet';
export const WARD_VINTAGE = '2013 wards';

export const BOUNDARY_ATTRIBUTION = [
  'Ward and district boundaries: ONS / Ordnance Survey generalised clipped boundaries (2013 wards, 2013 districts), via martinjc/UK-GeoJSON (CC BY 4.0, Martin Chorley).',
  'Contains Ordnance Survey data © Crown copyright and database right [2014].',
  'Contains Ordnance Survey, Office of National Statistics, National Records Scotland and LPS Intellectual Property data © Crown copyright and database right [2016].',
  'Data licensed under the Open Government Licence v3.0.',
  'LSOA boundaries (2011): ONS, same source and licence.',
  'Populations: mid-2019 LSOA estimates. Source: Office for National Statistics licensed under the Open Government Licence v3.0; compiled by mySociety (composite_uk_imd, CC BY 4.0).',
];
