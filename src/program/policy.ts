import type { RosterStore } from './ports.js';

/**
 * The program's one rule for who is an admin, and whom people are told to contact: the ADMIN_USER_IDS of the
 * configuration and every active person the roster names as an admin.
 */
export interface AdminPolicy {
  isAdmin(userId: string): Promise<boolean>;
  /** Everyone who administers the program (configured first), for refusals that say whom to contact. */
  adminIds(): Promise<readonly string[]>;
}

export function createAdminPolicy(configuredIds: readonly string[], roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>): AdminPolicy {
  return {
    async isAdmin(userId) {
      if (configuredIds.includes(userId)) return true;
      const [person] = await roster.findPeople([userId]);
      return person !== undefined && person.active && person.roles.includes('admin');
    },
    async adminIds() {
      const fromRoster = (await roster.findPeopleWithRole('admin')).map((p) => p.id);
      return [...new Set([...configuredIds, ...fromRoster])];
    },
  };
}
