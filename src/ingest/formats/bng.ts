/**
 * British National Grid (EPSG:27700) ⇄ WGS84 longitude/latitude, for council extracts that give eastings and
 * northings. The grid is a Transverse Mercator on OSGB36 (Airy 1830 ellipsoid); the datum shift to WGS84 is the
 * Ordnance Survey's single 7-parameter Helmert transform, which is good to a few metres across Great Britain
 * (OSTN15 is good to centimetres but needs a large correction grid). A few metres is far inside a 100 m cell.
 */
import proj4 from 'proj4';

/**
 * OSGB36 → WGS84: translations in metres, rotations in arc-seconds, scale in ppm (the OS guide's WGS84 → OSGB36
 * parameters, negated).
 */
const OSGB36_TO_WGS84 = '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489';
const NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  `${OSGB36_TO_WGS84} +units=m +no_defs`;
/** Latitude/longitude on OSGB36 itself: the same datum as the grid, so proj4 applies no shift between them. */
const OSGB36_GEOGRAPHIC = `+proj=longlat +ellps=airy ${OSGB36_TO_WGS84} +no_defs`;
const WGS84 = '+proj=longlat +datum=WGS84 +no_defs';

const gridToWgs84 = proj4(NATIONAL_GRID, WGS84);
const osgb36ToGrid = proj4(OSGB36_GEOGRAPHIC, NATIONAL_GRID);

export function bngToWgs84(easting: number, northing: number): [lon: number, lat: number] {
  const [lon, lat] = gridToWgs84.forward([easting, northing]);
  return [lon, lat];
}

export function wgs84ToBng(lon: number, lat: number): [easting: number, northing: number] {
  const [easting, northing] = gridToWgs84.inverse([lon, lat]);
  return [easting, northing];
}

/** The projection alone, without the datum shift: OSGB36 latitude/longitude to grid metres. */
export function osgb36LatLonToBng(lon: number, lat: number): [easting: number, northing: number] {
  const [easting, northing] = osgb36ToGrid.forward([lon, lat]);
  return [easting, northing];
}

/** Inside the grid's extent (Great Britain and its islands); a cheap test that columns hold metres, not degrees. */
export function isPlausibleBng(easting: number, northing: number): boolean {
  return easting >= 0 && easting <= 700_000 && northing >= 0 && northing <= 1_300_000;
}
