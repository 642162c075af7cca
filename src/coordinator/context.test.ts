import { describe, expect, it } from 'vitest';
import { loadedThanet, readPoliceUkDir } from './loadedThanet';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';
import { FileError } from '../domain/fileError';

const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Camera <b>1</b>' }, geometry: { type: 'Point', coordinates: [1.381603, 51.387723] } },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [1.2, 51.33] } },
  ],
});

/** Independent: haversine over the raw CSV rows of the month. */
function nearby(text: string, lon: number, lat: number, metres: number): number {
  const R = 6371008.8;
  const rad = Math.PI / 180;
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((f) => {
      const [x, y] = [Number(f[4]), Number(f[5])];
      const a = Math.sin(((y - lat) * rad) / 2) ** 2 + Math.cos(lat * rad) * Math.cos(y * rad) * Math.sin(((x - lon) * rad) / 2) ** 2;
      return 2 * R * Math.asin(Math.sqrt(a)) <= metres;
    }).length;
}

describe('context layers', () => {
  it('counts records within a distance of each point, as an independent haversine count does', async () => {
    const files = readPoliceUkDir(['2019-07-thanet-street.csv']);
    const { coordinator } = await loadedThanet(files);
    const layer = await coordinator.loadContext({ name: 'cctv.geojson', bytes: new TextEncoder().encode(geojson) });
    expect(layer.labels).toEqual(['Camera <b>1</b>', 'cctv 2']);
    const filter = { fromMonth: 0, toMonth: 10_000, categories: [...Array(14).keys()], wards: [], weights: COUNT_WEIGHTS };
    const text = new TextDecoder().decode(files[0].bytes);
    for (const metres of [100, 250]) {
      const o = await coordinator.nearContext(filter, layer.id, metres);
      if (!o.ok) throw new Error('superseded');
      const counts = o.value;
      expect([...counts], `${metres} m`).toEqual([nearby(text, 1.381603, 51.387723, metres), nearby(text, 1.2, 51.33, metres)]);
    }
    const wide = await coordinator.nearContext(filter, layer.id, 250);
    expect(wide.ok && wide.value[0]).toBeGreaterThan(10);
  });

  it('refuses a file that is not GeoJSON, naming it', async () => {
    const { coordinator } = await loadedThanet(readPoliceUkDir(['2019-07-thanet-street.csv']));
    await expect(coordinator.loadContext({ name: 'x.geojson', bytes: new TextEncoder().encode('{"type":"Feature"}') })).rejects.toThrow(FileError);
  });
});
