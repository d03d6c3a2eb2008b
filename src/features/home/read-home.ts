import type { AdminPolicy } from '../../program/policy.js';
import type { HomeRefresher, PersonHome } from './ports.js';
import type { Logger } from '../../log/logger.js';
import { zoneOf, type Group, type Membership, type Person } from '../../program/roster.js';
import type { RosterStore } from '../../program/ports.js';
import { loadGroupsRoster, loadSnapshot, type RosterSnapshot } from '../../program/snapshot/load-snapshot.js';
import { trackRolesOf } from '../../program/tracks.js';
import { LEDGERS, type Ledger, type ProgramState } from '../../program/overview/program-state.js';
import { homeSectionOf, inHomeOrder, type HomeRead, type HomeRole, type HomeRoles, type HomeSectionSource } from '../../slack/home-section.js';
import type { ReadCache } from '../../program/read-cache.js';
import { loadProgramState, type ProgramStateDeps } from '../../program/snapshot/load-program-state.js';
import type { RequestTopics } from '../../program/request-topics.js';

export type HomeDeps = ProgramStateDeps & {
  readonly admins: AdminPolicy;
  /** The sections the features contribute (read when a Home is built, once every feature exists). */
  readonly sections: () => readonly HomeSectionSource[];
  /** Where the faculty and admin sections' read models are kept briefly (none: always read afresh). */
  readonly cache?: ReadCache;
  /**
   * Where the roster's part of a Home (the person, their groups, those groups' members) is kept briefly, dropped when
   * the roster changes in this instance (none: always read afresh). Never the program's whole roster.
   */
  readonly rosterReads?: ReadCache;
  /** The tracks' request topics: which are about well-being (the program's alone when unset). */
  readonly requestTopics?: RequestTopics;
};

/**
 * The roles whose sections show a group's or the program's state, the same for whoever reads them in a zone (a
 * cohort's digest, the program's): what Home keeps briefly. The mentee's and mentor's sections are the person's own.
 */
const SHARED_ROLES: ReadonlySet<HomeRole> = new Set(['faculty', 'admin']);

/**
 * A person's Home tab: a section for each role they hold, from each feature that contributes one, built from one
 * bulk read of the groups those sections need (the whole program for an admin), whose roster the sections' own reads
 * are given rather than read again (`HomeSectionSource.load`). Someone the program does not know
 * gets no section, and whom to contact. The faculty and admin sections are kept briefly (`deps.cache`): a Home of
 * those alone opened again within the minute reads nothing, and a change to the program drops them.
 */
export async function readHome(deps: HomeDeps, userId: string, now: Date): Promise<PersonHome> {
  const { config, roster, cache } = deps;
  const kept = cache?.get<PersonHome>(`home:${userId}`, now);
  if (kept !== undefined) return kept;
  const version = cache?.version() ?? 0;
  const { person, own, ownGroups } = await rosterRead(deps, `person:${userId}`, now, () => readPerson(roster, userId));
  const active = new Map(ownGroups.map((g) => [g.id, g]));
  const inRole = (role: 'mentee' | 'peer_mentor' | 'faculty') =>
    [...new Set(own.filter((m) => m.role === role && active.has(m.groupId)).map((m) => m.groupId))];
  const roles: HomeRoles = {
    userId,
    menteeGroups: inRole('mentee'),
    mentorGroups: inRole('peer_mentor'),
    facultyGroups: inRole('faculty').filter((id) => active.get(id)?.kind === 'cohort'),
    admin: deps.admins.holdsAdmin(userId, person),
    tracks: person?.active === true ? trackRolesOf(person) : [],
  };
  const zone = zoneOf(person, config.calendar.timezone);
  const held = inHomeOrder(deps.sections())
    .map((source, place) => ({ source, place, scope: source.scope(roles) }))
    .filter((h): h is typeof h & { scope: NonNullable<typeof h.scope> } => h.scope !== undefined);
  if (held.length === 0) return { userId, zone, sections: [], adminIds: await deps.admins.adminIds() };
  const keyOf = (h: (typeof held)[number]) =>
    SHARED_ROLES.has(h.source.role) ? `section:${h.place}:${zone}:${h.scope === 'all' ? 'all' : [...h.scope].sort().join(',')}` : undefined;
  const contents = held.map((h) => {
    const key = keyOf(h);
    return key === undefined ? undefined : cache?.get<unknown>(key, now);
  });
  const missing = held.filter((_, i) => contents[i] === undefined);
  if (missing.length > 0) {
    // Only what the sections not kept need: a mentor who is also an admin reads their own groups, not the program;
    // sections that read no group (a track's own) read nothing of it.
    const scope = missing.some((h) => h.scope === 'all') ? undefined : [...new Set(missing.flatMap((h) => h.scope as readonly string[]))];
    // The roster is read once, for the program's state and for the sections' own reads alike.
    const read: HomeRead = {
      person,
      roster:
        scope === undefined
          ? await loadSnapshot(roster, { program: true })
          : await rosterRead(deps, `groups:${[...scope].sort().join(',')}`, now, () => groupsRoster(roster, scope, ownGroups, person)),
    };
    const [state, loaded] = await Promise.all([
      scope !== undefined && scope.length === 0 ? NO_GROUPS : loadProgramState(deps, now, scope, read.roster, ledgersOf(missing)),
      Promise.all(held.map((h, i) => (contents[i] === undefined ? h.source.load?.(roles, now, read) : undefined))),
    ]);
    const settings = { calendar: config.calendar, zone, requestTopics: deps.requestTopics };
    held.forEach((h, i) => {
      if (contents[i] !== undefined) return;
      contents[i] = h.source.build(state, roles, now, settings, loaded[i]);
      const key = keyOf(h);
      if (key !== undefined) cache?.set(key, contents[i], now, version);
    });
  }
  // Whom to contact is shown only to someone the program does not know (above).
  const home = { userId, zone, sections: held.map((h, i) => homeSectionOf(h.source, contents[i])), adminIds: [] };
  if (held.every((h) => SHARED_ROLES.has(h.source.role))) cache?.set(`home:${userId}`, home, now, version);
  return home;
}

/** What Home reads of a person first: them, their current memberships and their active groups (asked by id). */
interface PersonRead {
  readonly person: Person | undefined;
  readonly own: readonly Membership[];
  readonly ownGroups: readonly Group[];
}

async function readPerson(roster: RosterStore, userId: string): Promise<PersonRead> {
  const [person] = await roster.findPeople([userId]);
  const own = person?.active === true ? await roster.findMemberships({ current: true, personIds: [userId] }) : [];
  // Only the person's own groups are asked (by id): a redraw after each check-in reads no other group.
  const ownGroups = own.length === 0 ? [] : (await roster.findGroups(own.map((m) => m.groupId))).filter((g) => g.active);
  return { person, own, ownGroups };
}

/**
 * A read of the roster, through Home's brief roster cache when it has one (`deps.rosterReads`): a burst of check-ins
 * by one mentor, each redrawing their Home, reads their groups' roster once.
 */
const rosterRead = <T>(deps: HomeDeps, key: string, now: Date, load: () => Promise<T>): Promise<T> => deps.rosterReads?.through(key, now, load) ?? load();

/**
 * The roster of the groups in `scope`, as `loadSnapshot` reads it: the person and their own groups, read already, are
 * not asked again.
 */
async function groupsRoster(roster: RosterStore, scope: readonly string[], ownGroups: readonly Group[], person: Person | undefined): Promise<RosterSnapshot> {
  const wanted = new Set(scope);
  const own = new Set(ownGroups.map((g) => g.id));
  if (!scope.every((id) => own.has(id))) return loadSnapshot(roster, { groupIds: scope });
  return loadGroupsRoster(roster, ownGroups.filter((g) => wanted.has(g.id)), person === undefined ? [] : [person]);
}

/** The records the sections that read groups need besides the roster: every one if any of them does not say. */
function ledgersOf(sections: readonly { readonly source: HomeSectionSource; readonly scope: readonly string[] | 'all' }[]): ReadonlySet<Ledger> {
  const reading = sections.filter((s) => s.scope === 'all' || s.scope.length > 0);
  return reading.some((s) => s.source.ledgers === undefined) ? LEDGERS : new Set(reading.flatMap((s) => s.source.ledgers ?? []));
}

/** The program's state of no group: what sections that read none are built on. */
const NO_GROUPS: ProgramState = { people: new Map(), groups: [], memberships: [], contacts: [], requests: [], away: [], pulses: [], pendingSwitches: new Map() };

/**
 * Redraws these people's Home tabs after something they see changed. Best effort: a failure is logged (never the
 * content) and never reaches the use case that asked.
 */
export async function refreshHomes(deps: HomeDeps & { readonly homeRefresher: HomeRefresher; readonly logger: Logger }, userIds: readonly string[], now: Date): Promise<void> {
  // Whatever made these Homes change may show on others' too (a cohort's digest, the program's): nothing kept stands.
  deps.cache?.drop();
  for (const userId of new Set(userIds)) {
    try {
      await deps.homeRefresher.publish(await readHome(deps, userId, now));
    } catch (error) {
      deps.logger.warn('home tab not refreshed', { user: userId, error });
    }
  }
}
