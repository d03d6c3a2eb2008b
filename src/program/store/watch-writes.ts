import type { ProgramStores } from './create-stores.js';

/** Reads are named find* and count* (CONVENTIONS: repositories find*, save*, claim*…); every other method writes. */
const isRead = (method: string): boolean => /^(find|count)/.test(method);

/** Which of the program's stores a write went through. */
export type ProgramStoreName = keyof ProgramStores;

/**
 * The program's stores, telling `changed` which store after every write made through them (once it has settled,
 * failed ones too: a failed write may have been partly made). What caches of read models (Home's, the mentors'
 * rosters) listen to, so that a change shows at once in this instance whichever feature made it.
 */
export function watchWrites<S extends ProgramStores>(stores: S, changed: (store: ProgramStoreName) => void): S {
  const watched: ProgramStores = {
    roster: watchStore(stores.roster, () => changed('roster')),
    contacts: watchStore(stores.contacts, () => changed('contacts')),
    requests: watchStore(stores.requests, () => changed('requests')),
    away: watchStore(stores.away, () => changed('away')),
    pulses: watchStore(stores.pulses, () => changed('pulses')),
    switches: watchStore(stores.switches, () => changed('switches')),
    // The audit trail is shown by nothing that is kept briefly: its entries change no read model.
    audit: stores.audit,
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
