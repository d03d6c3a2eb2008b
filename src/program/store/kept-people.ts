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
export function keepPeople(roster: RosterStore, options: { readonly ttlMs?: number } = {}): { readonly roster: RosterStore; drop(): void } {
  const kept = createReadCache({ ttlMs: options.ttlMs ?? ROSTER_READ_TTL_MS });
  const findPeople = async (ids?: readonly string[]): Promise<Person[]> => {
    if (ids === undefined || ids.length > FEW_VALUES) return roster.findPeople(ids);
    const now = new Date();
    const version = kept.version();
    const missing = [...new Set(ids.filter((id) => kept.get<Person>(id, now) === undefined))];
    const read = missing.length === 0 ? [] : await roster.findPeople(missing);
    for (const person of read) kept.set(person.id, person, now, version);
    const found = new Map(read.map((p) => [p.id, p]));
    // In the order asked, each once, as the store answers a few ids.
    return [...new Set(ids)].flatMap((id) => {
      const person = found.get(id) ?? kept.get<Person>(id, now);
      return person === undefined ? [] : [person];
    });
  };
  const keeping = new Proxy(roster, { get: (target, property, receiver) => (property === 'findPeople' ? findPeople : Reflect.get(target, property, receiver)) });
  return { roster: keeping, drop: () => kept.drop() };
}
