import type { Config } from '../config/env.js';
import type { Logger } from '../log/logger.js';
import type { ClaimStore, ContactStore, RosterStore } from './ports.js';

/** What use cases are built from: the stores and the Slack-facing adapters (ports), plus settings. */
export interface ServiceDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
}

/** The use cases, as listeners and jobs call them. Each feature adds its own. */
export interface AppServices {
  /** Whether a Slack user is a program admin: ADMIN_USER_IDS, or an active person with the admin role. */
  isAdmin(userId: string): Promise<boolean>;

  // Roster, introductions and /mentor-admin (issue 3).

  // Requests for help and time away (issue 4).

  // Contacts, check-in prompts and the pulse (issue 5).

  // Switching mentors (issue 8).
}

export function createServices(deps: ServiceDeps): AppServices {
  return {
    async isAdmin(userId) {
      if (deps.config.adminUserIds.includes(userId)) return true;
      const [person] = await deps.roster.findPeople([userId]);
      return person !== undefined && person.active && person.roles.includes('admin');
    },
  };
}
