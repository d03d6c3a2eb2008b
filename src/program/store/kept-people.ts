import type { RosterStore } from '../ports.js';
import type { Person } from '../roster.js';
import { createReadCache, ROSTER_READ_TTL_MS } from '../read-cache.js';
import { FEW_VALUES } from './among.js';

/**
 * The roster store, keeping the people it was asked for by id for `ROSTER_READ_TTL_MS`: a cohort's mentors and
 * faculty, read for each of its mentees' request forms and each of its mentors' check-ins and Home redraws, are read
 * once for all of them. `drop` forgets them all: its owner calls it on every write to the roster in this instance
 * (imports, switches, forgetting a person), so a change shows at once here; another instance's shows within the TTL,
 * as with the other roster reads kept briefly. Asked for many people (a job's), or for everyone, it reads them.
 */
export function keepPeople(roster: RosterStore): { readonly roster: RosterStore; drop(): void } {
  const kept = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const findPeople = async (ids?: readonly string[]): Promise<Person[]> => {
    if (ids === undefined || ids.length > FEW_VALUES) return roster.findPeople(ids);
    const now = new Date();
    const version = kept.version();
    const asked = [...new Set(ids)];
    const found = new Map<string, Person>();
    for (const id of asked) {
      const person = kept.get<Person>(id, now);
      if (person !== undefined) found.set(id, person);
    }
    const missing = asked.filter((id) => !found.has(id));
    for (const person of missing.length === 0 ? [] : await roster.findPeople(missing)) {
      kept.set(person.id, person, now, version);
      found.set(person.id, person);
    }
    // In the order asked, each once, as the store answers a few ids.
    return asked.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  };
  const keeping = new Proxy(roster, { get: (target, property, receiver) => (property === 'findPeople' ? findPeople : Reflect.get(target, property, receiver)) });
  return { roster: keeping, drop: () => kept.drop() };
}
