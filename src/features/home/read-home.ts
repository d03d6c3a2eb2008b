import type { AdminPolicy } from '../../program/policy.js';
import type { HomeRefresher } from './ports.js';
import type { Logger } from '../../log/logger.js';
import { zoneOf } from '../../program/roster.js';
import { buildDigest } from '../../program/overview/build-digest.js';
import { buildProgramDigest } from '../../program/overview/build-program-digest.js';
import type { DigestSettings } from '../../program/overview/periods-of.js';
import type { ProgramState } from '../../program/overview/program-state.js';
import { buildMenteeSection, buildMentorSection, type HomeRole, type HomeSection, type PersonHome } from './domain/home.js';
import { loadProgramState, type ProgramStateDeps } from '../../program/snapshot/load-program-state.js';

/** The roles a person holds now: the active groups they belong to in each role, and whether they are an admin. */
export interface HomeRoles {
  readonly userId: string;
  readonly menteeGroups: readonly string[];
  readonly mentorGroups: readonly string[];
  /** Active cohort groups only (the MD/PhD group has no Faculty Mentor). */
  readonly facultyGroups: readonly string[];
  readonly admin: boolean;
}

/**
 * A feature's contribution to Home: whether the person holds its role (and which groups' state it needs), and its
 * section, built from the state read once for all of the person's sections.
 */
export interface HomeSectionSource {
  readonly role: HomeRole;
  /** The groups the section reads, `'all'` for the whole program, or undefined when the person does not hold the role. */
  scope(roles: HomeRoles): readonly string[] | 'all' | undefined;
  build(state: ProgramState, roles: HomeRoles, now: Date, settings: DigestSettings): HomeSection;
}

const some = (groups: readonly string[]) => (groups.length > 0 ? groups : undefined);

/** Home's sections, in the order they appear. */
export const HOME_SECTIONS: readonly HomeSectionSource[] = [
  { role: 'mentee', scope: (r) => some(r.menteeGroups), build: (state, r, now) => buildMenteeSection(state, r.userId, now) },
  { role: 'mentor', scope: (r) => some(r.mentorGroups), build: (state, r, now, settings) => buildMentorSection(state, r.userId, now, settings) },
  {
    role: 'faculty',
    scope: (r) => some(r.facultyGroups),
    build: (state, r, now, settings) => ({ kind: 'faculty', digest: buildDigest({ ...state, groupIds: r.facultyGroups }, now, settings) }),
  },
  { role: 'admin', scope: (r) => (r.admin ? 'all' : undefined), build: (state, _r, now, settings) => ({ kind: 'admin', digest: buildProgramDigest(state, now, settings) }) },
];

export type HomeDeps = ProgramStateDeps & { readonly admins: AdminPolicy };

/**
 * A person's Home tab: a section for each role they hold, built from one bulk read of the groups those roles need
 * (the whole program for an admin). Someone the program does not know gets no section, and whom to contact.
 */
export async function readHome(deps: HomeDeps, userId: string, now: Date): Promise<PersonHome> {
  const { config, roster } = deps;
  const [[person], groups] = await Promise.all([roster.findPeople([userId]), roster.findGroups()]);
  const own = person?.active === true ? await roster.findMemberships({ current: true, personIds: [userId] }) : [];
  const active = new Map(groups.filter((g) => g.active).map((g) => [g.id, g]));
  const inRole = (role: 'mentee' | 'peer_mentor' | 'faculty') =>
    [...new Set(own.filter((m) => m.role === role && active.has(m.groupId)).map((m) => m.groupId))];
  const roles: HomeRoles = {
    userId,
    menteeGroups: inRole('mentee'),
    mentorGroups: inRole('peer_mentor'),
    facultyGroups: inRole('faculty').filter((id) => active.get(id)?.kind === 'cohort'),
    admin: await deps.admins.isAdmin(userId),
  };
  const zone = zoneOf(person, config.calendar.timezone);
  const held = HOME_SECTIONS.map((source) => ({ source, scope: source.scope(roles) })).filter((h) => h.scope !== undefined);
  if (held.length === 0) return { userId, zone, sections: [], adminIds: await deps.admins.adminIds() };
  const scope = held.some((h) => h.scope === 'all') ? undefined : [...new Set(held.flatMap((h) => h.scope as readonly string[]))];
  const state = await loadProgramState(deps, now, scope);
  const settings = { calendar: config.calendar, zone };
  return { userId, zone, sections: held.map(({ source }) => source.build(state, roles, now, settings)), adminIds: await deps.admins.adminIds() };
}

/**
 * Redraws these people's Home tabs after something they see changed. Best effort: a failure is logged (never the
 * content) and never reaches the use case that asked.
 */
export async function refreshHomes(deps: HomeDeps & { readonly homeRefresher: HomeRefresher; readonly logger: Logger }, userIds: readonly string[], now: Date): Promise<void> {
  for (const userId of new Set(userIds)) {
    try {
      await deps.homeRefresher.publish(await readHome(deps, userId, now));
    } catch (error) {
      deps.logger.warn('home tab not refreshed', { user: userId, error });
    }
  }
}
