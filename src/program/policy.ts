import type { RosterStore } from './ports.js';
import type { Person } from './roster.js';

/**
 * The program's one rule for who is an admin, and whom people are told to contact: the ADMIN_USER_IDS of the
 * configuration and every active person the roster names as an admin.
 */
export interface AdminPolicy {
  isAdmin(userId: string): Promise<boolean>;
  /** Everyone who administers the program (configured first), for refusals that say whom to contact. */
  adminIds(): Promise<readonly string[]>;
  /** The same rule on people already read: whether this one is an admin (`person` as the roster has them, if at all). */
  holdsAdmin(userId: string, person: Person | undefined): boolean;
  /** The same rule on people already read: the configured admins, then the admins among `people`. */
  adminIdsAmong(people: Iterable<Person>): readonly string[];
}

export function createAdminPolicy(configuredIds: readonly string[], roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>): AdminPolicy {
  const isRosterAdmin = (person: Person | undefined) => person !== undefined && person.active && person.roles.includes('admin');
  const policy: AdminPolicy = {
    async isAdmin(userId) {
      if (configuredIds.includes(userId)) return true;
      const [person] = await roster.findPeople([userId]);
      return isRosterAdmin(person);
    },
    async adminIds() {
      return policy.adminIdsAmong(await roster.findPeopleWithRole('admin'));
    },
    holdsAdmin: (userId, person) => configuredIds.includes(userId) || isRosterAdmin(person),
    adminIdsAmong: (people) => [...new Set([...configuredIds, ...[...people].filter(isRosterAdmin).map((p) => p.id)])],
  };
  return policy;
}
