import type { Coordinator } from '../coordinator/coordinator';
import { storedBlob, storedBytes, storedLoads } from '../state/localStore';
import type { LoadedContext } from './ContextControl';

export interface Restored {
  files: number;
  problems: string[];
  contexts: LoadedContext[];
}

/** Loads again, in order, what the user loaded in earlier visits (kept in IndexedDB on this machine). */
export async function restoreLoads(coordinator: Coordinator): Promise<Restored> {
  const out: Restored = { files: 0, problems: [], contexts: [] };
  for (const load of await storedLoads()) {
    const names = load.files.map((f) => f.name).join(', ');
    try {
      if (load.kind === 'police.uk') {
        await coordinator.commit(await coordinator.preparePoliceUk(load.files.map((f) => ({ name: f.name, blob: storedBlob(f) }))));
      } else {
        const first = await storedBytes(load.files[0]);
        if (load.kind === 'mapped' && load.mapping) await coordinator.commit(await coordinator.prepareMapped(first, load.mapping));
        else if (load.kind === 'perception') await coordinator.loadPerception(first);
        else if (load.kind === 'context') out.contexts.push({ ...(await coordinator.loadContext(first)), visible: true });
      }
      out.files += load.files.length;
    } catch (err) {
      out.problems.push(`${names}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return out;
}
