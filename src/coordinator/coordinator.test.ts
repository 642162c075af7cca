import { describe, expect, it } from 'vitest';
import { FileError } from '../domain/fileError';
import { loadedThanet, readPoliceUkDir } from './loadedThanet';
import { totals } from '../db/viewQueries';
import { POLICE_UK_CATEGORIES } from '../domain/categories';
import { COUNT_WEIGHTS } from '../domain/harmSchemes';

const everything = {
  fromMonth: 0,
  toMonth: 10_000,
  categories: POLICE_UK_CATEGORIES.map((_, i) => i),
  wards: [],
  weights: COUNT_WEIGHTS,
};

describe('loading files', () => {
  it('adds a month not yet loaded, with its own source row', async () => {
    const { conn, coordinator } = await loadedThanet(readPoliceUkDir(['2019-01-thanet-street.csv']));
    const load = await coordinator.preparePoliceUk(readPoliceUkDir(['2019-02-thanet-street.csv']));
    expect(load.duplicates).toEqual([]);
    await coordinator.commit(load);
    expect((await totals(conn, everything)).mapped).toBe(1778 + 1675);
    expect((await coordinator.sources()).map((s) => s.rowsKept)).toEqual([1778, 1675]);
  });

  it('detects a month of a force loaded twice, and replaces it only on commit', async () => {
    const { conn, coordinator } = await loadedThanet(readPoliceUkDir(['2019-01-thanet-street.csv']));
    const load = await coordinator.preparePoliceUk(readPoliceUkDir(['2019-01-thanet-street.csv']));
    expect(load.duplicates).toEqual([{ force: 'Kent Police', month: (2019 - 1970) * 12 }]);
    expect((await totals(conn, everything)).mapped).toBe(1778);
    await coordinator.commit(load);
    expect((await totals(conn, everything)).mapped).toBe(1778);
  });

  it('leaves everything as it was when a file cannot be read', async () => {
    const { conn, coordinator } = await loadedThanet(readPoliceUkDir(['2019-01-thanet-street.csv']));
    await expect(coordinator.preparePoliceUk([{ name: 'broken.csv', bytes: new TextEncoder().encode('a,b\n1,2\n') }])).rejects.toThrow(FileError);
    expect((await totals(conn, everything)).mapped).toBe(1778);
    expect(await coordinator.sources()).toHaveLength(1);
  });

  it('holds read records apart until stored: a discarded or cancelled load leaves nothing behind', async () => {
    const { conn, coordinator } = await loadedThanet(readPoliceUkDir(['2019-01-thanet-street.csv']));
    const tables = async () =>
      (await conn.query("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'pending%' OR table_name LIKE 'staging%'")).numRows;
    const load = await coordinator.preparePoliceUk(readPoliceUkDir(['2019-02-thanet-street.csv']));
    expect(await tables()).toBe(1);
    expect((await totals(conn, everything)).mapped).toBe(1778); // read, not yet in any view
    const controller = new AbortController();
    controller.abort();
    await expect(coordinator.commit(load, { signal: controller.signal })).rejects.toThrow();
    expect((await totals(conn, everything)).mapped).toBe(1778);
    expect(await coordinator.sources()).toHaveLength(1);
    await coordinator.discard(load);
    expect(await tables()).toBe(0);

    const stored = await coordinator.preparePoliceUk(readPoliceUkDir(['2019-02-thanet-street.csv']));
    const steps: number[] = [];
    await coordinator.commit(stored, { onProgress: (done) => steps.push(done) });
    expect(steps).toEqual([1]);
    expect((await totals(conn, everything)).mapped).toBe(1778 + 1675);
    expect(await tables()).toBe(0);
  });
});
