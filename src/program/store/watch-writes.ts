import type { ProgramStores } from './create-stores.js';

/** Reads are named find* and count* (CONVENTIONS: repositories find*, save*, claim*…); every other method writes. */
const isRead = (method: string): boolean => /^(find|count)/.test(method);

/**
 * The program's stores, telling `changed` after every write made through them (once it has settled, failed ones
 * too: a failed write may have been partly made). What caches of read models (Home's) listen to, so that a change
 * shows at once in this instance whichever feature made it.
 */
export function watchWrites<S extends ProgramStores>(stores: S, changed: () => void): S {
  const watched: ProgramStores = {
    roster: watchStore(stores.roster, changed),
    contacts: watchStore(stores.contacts, changed),
    requests: watchStore(stores.requests, changed),
    away: watchStore(stores.away, changed),
    pulses: watchStore(stores.pulses, changed),
    switches: watchStore(stores.switches, changed),
  };
  return { ...stores, ...watched };
}

function watchStore<T extends object>(store: T, changed: () => void): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || isRead(property)) return value;
      return (...args: unknown[]) => Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args)).finally(changed);
    },
  });
}
