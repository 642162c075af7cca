import { categoryId } from '../../domain/categories';
import type { ColumnMapping } from '../../domain/columnMapping';
import { bngToWgs84, isPlausibleBng } from '../formats/bng';
import { hasTime, monthIndexOf, parseDateTime } from '../formats/dateTime';
import { FileError } from '../../domain/fileError';
import { BatchBuilder, NO_PLACE, type IncidentRecord } from '../records/batchBuilder';
import { SkipCollector } from '../records/loadReport';
import type { PointEnricher } from '../records/pointEnricher';
import type { ParsedFile } from '../policeUk/policeUkRows';
import type { TabularFile } from '../formats/tabular';

/** How an analyst's own incident CSV (a council case system, say) maps onto records. */
export type { ColumnMapping };
export { distinctValues, guessMapping, headerSignature } from './mappingGuess';

/**
 * Reads an incident table through a column mapping. Coordinates may be WGS84 or British National Grid
 * (converted with the OSGB36 Helmert transformation). Rows are validated like police.uk rows and counted
 * by reason; nothing is de-duplicated.
 */
export function readMapped(table: TabularFile, mapping: ColumnMapping, enricher: PointEnricher): ParsedFile {
  const col = (name: string, role: string) => {
    const i = table.header.indexOf(name);
    if (i < 0) throw new FileError(table.name, `the mapping names a ${role} column "${name}" that the header (row 1) lacks`, 1, name);
    return i;
  };
  const iDate = col(mapping.date, 'date');
  const iCat = col(mapping.category, 'category');
  const iLoc = mapping.location ? col(mapping.location, 'location') : -1;
  const c = mapping.coordinates;
  const [iX, iY] = c.kind === 'bng' ? [col(c.easting, 'easting'), col(c.northing, 'northing')] : [col(c.lon, 'longitude'), col(c.lat, 'latitude')];
  const xName = c.kind === 'bng' ? c.easting : c.lon;
  const yName = c.kind === 'bng' ? c.northing : c.lat;

  const n = table.rows.length;
  const out = new BatchBuilder(n);
  const skips = new SkipCollector();
  for (let r = 0; r < n; r++) {
    const row = table.rows[r];
    const rowNumber = r + 2;
    if (row.length !== table.header.length) {
      skips.add(rowNumber, `has ${row.length} fields where the header has ${table.header.length}`);
      continue;
    }
    const dateText = row[iDate] ?? '';
    const ms = parseDateTime(dateText);
    if (ms === undefined) {
      skips.add(rowNumber, 'is not a date (DD/MM/YYYY or YYYY-MM-DD, optionally with HH:MM)', mapping.date);
      continue;
    }
    const catText = (row[iCat] ?? '').trim();
    const mapped = mapping.categoryMap[catText];
    const category = mapped === undefined ? undefined : categoryId(mapped);
    if (category === undefined) {
      skips.add(rowNumber, 'has a category the mapping does not cover', mapping.category);
      continue;
    }
    const xText = (row[iX] ?? '').trim();
    const yText = (row[iY] ?? '').trim();
    let place: IncidentRecord['place'] = NO_PLACE;
    let lon = NaN;
    let lat = NaN;
    if (xText !== '' || yText !== '') {
      const a = Number(xText);
      const b = Number(yText);
      if (!Number.isFinite(a) || xText === '') {
        skips.add(rowNumber, 'is not a number', xName);
        continue;
      }
      if (!Number.isFinite(b) || yText === '') {
        skips.add(rowNumber, 'is not a number', yName);
        continue;
      }
      if (c.kind === 'bng' && Math.abs(a) <= 180 && Math.abs(b) <= 90) {
        skips.add(rowNumber, 'looks like degrees, not British National Grid metres', xName);
        continue;
      }
      if (c.kind === 'bng' && !isPlausibleBng(a, b)) {
        skips.add(rowNumber, 'is not a British National Grid easting/northing in metres', xName);
        continue;
      }
      if (c.kind === 'latlon' && (Math.abs(a) > 180 || Math.abs(b) > 90)) {
        skips.add(rowNumber, 'is not a longitude/latitude', xName);
        continue;
      }
      [lon, lat] = c.kind === 'bng' ? bngToWgs84(a, b) : [a, b];
      place = enricher.lookup(`${lon.toFixed(7)},${lat.toFixed(7)}`, lon, lat);
      if (place.ward < 0) {
        out.addOutside(monthIndexOf(ms));
        continue;
      }
    }
    out.push({
      month: monthIndexOf(ms),
      category,
      lon,
      lat,
      place,
      occurredMs: hasTime(dateText) ? ms : NaN,
      location: iLoc >= 0 ? (row[iLoc] ?? '').trim() : '',
      categoryText: catText,
    });
  }
  return out.finish(table.name, n, skips);
}
