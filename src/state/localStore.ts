import type { ColumnMapping } from '../domain/columnMapping';

/** A load the user made, kept in this browser so that a reload brings the same data back. */
export interface StoredLoad {
  kind: 'police.uk' | 'mapped' | 'perception' | 'context';
  /** Small files as bytes; police.uk files as the Blob (File) picked, which IndexedDB keeps without reading it into memory. */
  files: StoredFile[];
  mapping?: ColumnMapping;
}

export type StoredFile = { name: string; bytes: Uint8Array } | { name: string; blob: Blob };

/** A stored file as a Blob, for the streaming reader. */
export const storedBlob = (f: StoredFile): Blob => ('blob' in f ? f.blob : new Blob([f.bytes as Uint8Array<ArrayBuffer>]));

/** A stored file as bytes, for readers that take a whole file. */
export const storedBytes = async (f: StoredFile): Promise<{ name: string; bytes: Uint8Array }> =>
  'blob' in f ? { name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) } : f;

const DB = 'harmspot';
const STORE = 'loads';
const LOCAL_KEYS = ['harmspot.deck.v1', 'harmspot.columnMappings.v1'];

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Keeps a load (IndexedDB: the files stay on this machine). Failing storage only means it is not restored. */
export async function rememberLoad(load: StoredLoad): Promise<void> {
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).add(load);
    await done(tx);
    db.close();
  } catch {
    // Private browsing or a full disk: the data still works in this tab.
  }
}

/** The stored loads in the order they were made. */
export async function storedLoads(): Promise<StoredLoad[]> {
  try {
    const db = await open();
    const tx = db.transaction(STORE, 'readonly');
    const req = tx.objectStore(STORE).getAll();
    await done(tx);
    db.close();
    return req.result as StoredLoad[];
  } catch {
    return [];
  }
}

/** Removes everything harmspot keeps in this browser: loaded files, the briefing deck, column mappings. */
export async function clearLocalData(): Promise<void> {
  for (const k of LOCAL_KEYS) localStorage.removeItem(k);
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DB);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
