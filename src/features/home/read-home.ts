import type { AdminPolicy } from '../../program/policy.js';
import type { HomeRefresher, PersonHome } from './ports.js';
import type { Logger } from '../../log/logger.js';
import { zoneOf } from '../../program/roster.js';
import { homeSectionOf, inHomeOrder, type HomeRoles, type HomeSectionSource } from '../../slack/home-section.js';
import { loadProgramState, type ProgramStateDeps } from '../../program/snapshot/load-program-state.js';

export type HomeDeps = ProgramStateDeps & {
  readonly admins: AdminPolicy;
  /** The sections the features contribute (read when a Home is built, once every feature exists). */
  readonly sections: () => readonly HomeSectionSource[];
};

/**
 * A person's Home tab: a section for each role they hold, from each feature that contributes one, built from one
 * bulk read of the groups those sections need (the whole program for an admin). Someone the program does not know
 * gets no section, and whom to contact.
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
    admin: deps.admins.holdsAdmin(userId, person),
  };
  const zone = zoneOf(person, config.calendar.timezone);
  const held = inHomeOrder(deps.sections())
    .map((source) => ({ source, scope: source.scope(roles) }))
    .filter((h) => h.scope !== undefined);
  if (held.length === 0) return { userId, zone, sections: [], adminIds: await deps.admins.adminIds() };
  const scope = held.some((h) => h.scope === 'all') ? undefined : [...new Set(held.flatMap((h) => h.scope as readonly string[]))];
  const state = await loadProgramState(deps, now, scope);
  const settings = { calendar: config.calendar, zone };
  const sections = held.map(({ source }) => homeSectionOf(source, source.build(state, roles, now, settings)));
  // Whom to contact is shown only to someone the program does not know (above).
  return { userId, zone, sections, adminIds: [] };
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
