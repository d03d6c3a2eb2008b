import type { MembershipQuery, RosterStore } from '../ports.js';
import type { Group, Membership, Person } from '../roster.js';
import { createReadCache, ROSTER_READ_TTL_MS, type ReadCache } from '../read-cache.js';
import { FEW_VALUES } from './among.js';

/**
 * The roster store, keeping for `ROSTER_READ_TTL_MS` what it was asked for by a few ids: people and groups by id, and
 * the current memberships of a person or of a group. A cohort's groups, members, mentors and faculty, read for each of
 * its mentees' request forms and each of its mentors' check-ins and Home tabs, are read once for all of them, and a
 * mentee opening the request form for the first time reads only their own memberships and record. `drop` forgets it
 * all: its owner calls it on every write to the roster in this instance (imports, switches, forgetting a person), so
 * a change shows at once here; another instance's shows within the TTL, as with the other roster reads kept briefly.
 * Asked for many ids (a job's), for everything, or for memberships any other way (history, both people and groups),
 * it reads them.
 */
export function keepRoster(roster: RosterStore): { readonly roster: RosterStore; drop(): void } {
  const kept = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const findPeople = async (ids?: readonly string[]): Promise<Person[]> => {
    if (ids === undefined || ids.length > FEW_VALUES) return roster.findPeople(ids);
    const found = await throughKept(kept, 'person', ids, async (missing) => new Map((await roster.findPeople(missing)).map((p) => [p.id, p])));
    // In the order asked, each once, as the store answers a few ids.
    return [...found.values()];
  };
  const findGroups = async (ids?: readonly string[]): Promise<Group[]> => {
    if (ids === undefined || ids.length > FEW_VALUES) return roster.findGroups(ids);
    const found = await throughKept(kept, 'group', ids, async (missing) => new Map((await roster.findGroups(missing)).map((g) => [g.id, g])));
    // By name, as the store answers.
    return [...found.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  const findMemberships = async (query: MembershipQuery = {}): Promise<Membership[]> => {
    const by = keptMembershipQuery(query);
    if (by === undefined) return roster.findMemberships(query);
    const found = await throughKept(kept, `membership-${by.field}`, by.ids, async (missing) => {
      const memberships = await roster.findMemberships({ current: true, [by.field === 'personId' ? 'personIds' : 'groupIds']: missing });
      // Each id's own, none included: someone with no membership is kept as such.
      return new Map(missing.map((id) => [id, memberships.filter((m) => m[by.field] === id)]));
    });
    // By start, as the store answers.
    return [...found.values()].flat().sort((a, b) => a.from.getTime() - b.from.getTime());
  };
  const replaced: Partial<RosterStore> = { findPeople, findGroups, findMemberships };
  const keeping = new Proxy(roster, { get: (target, property, receiver) => (Object.hasOwn(replaced, property) ? replaced[property as keyof RosterStore] : Reflect.get(target, property, receiver)) });
  return { roster: keeping, drop: () => kept.drop() };
}

/** The membership reads kept: a few people's or a few groups' current memberships, asked no other way. */
function keptMembershipQuery(query: MembershipQuery): { readonly field: 'personId' | 'groupId'; readonly ids: readonly string[] } | undefined {
  if (query.current !== true || query.overlapping !== undefined || (query.personIds !== undefined) === (query.groupIds !== undefined)) return undefined;
  const by = query.personIds !== undefined ? { field: 'personId' as const, ids: query.personIds } : { field: 'groupId' as const, ids: query.groupIds! };
  return by.ids.length > FEW_VALUES ? undefined : by;
}

/**
 * Each id's value, kept or read: the ids not kept are read together (`read` answers those it found), and what was
 * read is kept unless the cache was dropped meanwhile. In the order asked, each once; an id not found is not kept.
 */
async function throughKept<V>(kept: ReadCache, kind: string, ids: readonly string[], read: (missing: string[]) => Promise<Map<string, V>>): Promise<Map<string, V>> {
  const now = new Date();
  const version = kept.version();
  const asked = [...new Set(ids)];
  const found = new Map<string, V>();
  for (const id of asked) {
    const value = kept.get<V>(`${kind}:${id}`, now);
    if (value !== undefined) found.set(id, value);
  }
  const missing = asked.filter((id) => !found.has(id));
  if (missing.length > 0) {
    for (const [id, value] of await read(missing)) {
      kept.set(`${kind}:${id}`, value, now, version);
      found.set(id, value);
    }
  }
  return new Map(asked.flatMap((id) => (found.has(id) ? [[id, found.get(id)!] as const] : [])));
}
