import type { GroupRole, MentoringMap, Person } from '../roster.js';
import { loadSnapshot, type RosterSnapshot } from './load-snapshot.js';
import type { RosterStore } from '../ports.js';
import type { Pairs } from '../pairs.js';
import { trackRolesOf } from '../tracks.js';
import type { ReadCache } from '../read-cache.js';

/** Whether someone may log contacts at all: an active peer mentor. Mentees, faculty and admins may not. */
export function isMentor(person: Person | undefined): person is Person {
  return person !== undefined && person.active && person.roles.includes('peer_mentor');
}

export interface MentorContext {
  /** The person acting, if the roster knows them. */
  readonly actor: Person | undefined;
  /** Their current mentees who are active: those of their groups, then those paired with them by a track (see pairs.ts). */
  readonly mentees: readonly Person[];
  /** Of `mentees`, those paired with them outside the roster's groups (e.g. clinical rotation mentees). */
  readonly pairedIds: ReadonlySet<string>;
}

/** A mentor and the active current mentees of their groups: the roster's part of their context (no track's pairs). */
export interface MentorGroups {
  readonly actor: Person | undefined;
  readonly mentees: readonly Person[];
}

/** The one roster read of a mentor's groups, the mentor among their members (read alone when they have no group). */
export async function loadMentorGroups(roster: RosterStore, actorId: string): Promise<MentorGroups> {
  const snapshot = await loadSnapshot(roster, { personId: actorId, role: 'peer_mentor' });
  const actor = snapshot.people.get(actorId) ?? (await roster.findPeople([actorId]))[0];
  return mentorGroupsIn(snapshot, actorId, actor);
}

/** A mentor's groups' part of their context, from a roster read already that holds every group they mentor in. */
export function mentorGroupsIn({ map, people }: Pick<RosterSnapshot, 'map' | 'people'>, actorId: string, actor: Person | undefined): MentorGroups {
  if (!isMentor(actor)) return { actor, mentees: [] };
  return { actor, mentees: map.menteesOf(actorId).flatMap((id) => (people.get(id)?.active === true ? [people.get(id)!] : [])) };
}

/**
 * A mentor and their current, active mentees: their groups' (`groups`: where the roster's part is read, the roster
 * itself when unset), then their pairs in the tracks they mentor in.
 */
export async function loadMentorContext(
  roster: RosterStore,
  actorId: string,
  paired?: { readonly pairs: Pairs; readonly now: Date },
  groups: (actorId: string) => Promise<MentorGroups> = (id) => loadMentorGroups(roster, id),
): Promise<MentorContext> {
  const { actor, mentees: inGroups } = await groups(actorId);
  if (!isMentor(actor)) return { actor, mentees: [], pairedIds: new Set() };
  // Only the tracks the mentor mentors in are asked (a cohort mentor's check-in asks none).
  const mentorIn = trackRolesOf(actor).filter((t) => t.role === 'peer_mentor').map((t) => t.track);
  const pairs = paired === undefined ? [] : await paired.pairs.ofMentors([actorId], paired.now, mentorIn);
  const groupIds = new Set(inGroups.map((p) => p.id));
  const pairedIds = new Set(pairs.map((p) => p.menteeId).filter((id) => id !== actorId && !groupIds.has(id)));
  // By name, as the form lists them (the store answers in no particular order).
  const others = pairedIds.size === 0 ? [] : (await roster.findPeople([...pairedIds])).filter((p) => p.active).sort((a, b) => a.name.localeCompare(b.name));
  return { actor, mentees: [...inGroups, ...others], pairedIds: new Set(others.map((p) => p.id)) };
}

/** Reads a mentor's context as of `now` (their groups' roster and the tracks' pairs). */
export type MentorContexts = (actorId: string, now: Date) => Promise<MentorContext>;

/** Where check-ins read a mentor's context: `mentorContexts` when given (a feature's), else the roster and pairs now. */
export function mentorContextOf(deps: { readonly roster: RosterStore; readonly pairs?: Pairs; readonly mentorContexts?: MentorContexts }, actorId: string, now: Date): Promise<MentorContext> {
  return deps.mentorContexts?.(actorId, now) ?? loadMentorContext(deps.roster, actorId, deps.pairs && { pairs: deps.pairs, now });
}

/**
 * Mentors' contexts with the roster's part kept in `cache` (keyed by mentor): a mentor logging a burst of check-ins
 * reads their groups once. The cache's owner drops it when the roster changes in this instance; its entries' short
 * life bounds how long a change made by another instance takes to show. The tracks' pairs are read every time: a
 * pair opens or changes in a track's own store (an agreement accepted, a rotation assigned), which the cache does not see.
 */
export function keptMentorContexts(cache: ReadCache, roster: RosterStore, pairs: Pairs): MentorContexts {
  return (actorId, now) => loadMentorContext(roster, actorId, { pairs, now }, (id) => cache.through(id, now, () => loadMentorGroups(roster, id)));
}

/** The whole program's current mentoring, in three bulk queries: people, groups and current memberships. */
export interface ProgramSnapshot {
  readonly people: ReadonlyMap<string, Person>;
  readonly map: MentoringMap;
  /** Active peer mentors with at least one active current mentee. */
  readonly mentorIds: readonly string[];
  /** Active people who are a current mentee in some group. */
  readonly menteeIds: readonly string[];
  /** A mentor's active current mentees. */
  menteesOf(mentorId: string): Person[];
}

export async function loadProgramSnapshot(roster: RosterStore): Promise<ProgramSnapshot> {
  const { people: byId, map, memberships } = await loadSnapshot(roster, { program: true });
  const isActive = (id: string) => byId.get(id)?.active === true;
  const menteesOf = (mentorId: string) => map.menteesOf(mentorId).filter(isActive).map((id) => byId.get(id)!);
  const inRole = (role: GroupRole) => [...new Set(memberships.filter((m) => m.role === role).map((m) => m.personId))];
  const mentorIds = inRole('peer_mentor').filter((id) => isMentor(byId.get(id)) && menteesOf(id).length > 0);
  return { people: byId, map, mentorIds, menteeIds: inRole('mentee').filter(isActive), menteesOf };
}
