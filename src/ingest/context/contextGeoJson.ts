import { makeVector, Table, tableToIPC } from 'apache-arrow';
import type { FeatureCollection, Geometry } from 'geojson';
import { FileError } from '../../domain/fileError';
import { utf8Vector } from '../records/incidentBatch';

/** A context layer (CCTV, licensed premises, schools, youth venues, safe spaces): its features and anchor points. */
export interface ContextLayerData {
  name: string;
  collection: FeatureCollection;
  /** One point per feature (the point itself, or the first vertex's ring centre for lines and polygons). */
  lon: Float64Array;
  lat: Float64Array;
  labels: string[];
}

const LABEL_KEYS = ['name', 'Name', 'NAME', 'label', 'title', 'premises', 'site'];

function anchor(g: Geometry | null): [number, number] | undefined {
  if (!g) return undefined;
  if (g.type === 'Point') return g.coordinates as [number, number];
  if (g.type === 'MultiPoint' || g.type === 'LineString') return g.coordinates[0] as [number, number];
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.type === 'MultiPolygon' ? g.coordinates[0][0] : g.type === 'MultiLineString' ? g.coordinates[0] : undefined;
  if (!ring?.length) return undefined;
  const n = ring.length;
  return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
}

/** Reads any GeoJSON FeatureCollection in WGS84 longitude/latitude as a context layer. */
export function readContextGeoJson(text: string, fileName: string): ContextLayerData {
  let fc: FeatureCollection;
  try {
    fc = JSON.parse(text.replace(/^\uFEFF/, '')) as FeatureCollection;
  } catch (err) {
    throw new FileError(fileName, `is not valid GeoJSON (${(err as Error).message})`);
  }
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new FileError(fileName, 'is not a GeoJSON FeatureCollection');
  const lon: number[] = [];
  const lat: number[] = [];
  const labels: string[] = [];
  fc.features.forEach((f, i) => {
    const a = anchor(f.geometry);
    if (!a || !Number.isFinite(a[0]) || !Number.isFinite(a[1]) || Math.abs(a[0]) > 180 || Math.abs(a[1]) > 90) {
      throw new FileError(fileName, 'has a feature without WGS84 longitude/latitude coordinates', undefined, `features[${i}]`);
    }
    lon.push(a[0]);
    lat.push(a[1]);
    const key = LABEL_KEYS.find((k) => typeof f.properties?.[k] === 'string');
    labels.push(key ? String(f.properties![key]) : `${fileName.replace(/\.(geo)?json$/i, '')} ${i + 1}`);
  });
  return { name: fileName.replace(/\.(geo)?json$/i, ''), collection: fc, lon: Float64Array.from(lon), lat: Float64Array.from(lat), labels };
}

export function contextToArrowIPC(layerId: number, d: ContextLayerData): Uint8Array {
  return tableToIPC(
    new Table({
      layer_id: makeVector(new Int32Array(d.lon.length).fill(layerId)),
      point_no: makeVector(Int32Array.from(d.lon, (_, i) => i)),
      lon: makeVector(d.lon),
      lat: makeVector(d.lat),
      label: utf8Vector(d.labels),
    }),
    'stream',
  );
}
