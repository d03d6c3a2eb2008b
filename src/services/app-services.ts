import type { Config } from '../config/env.js';
import type { Logger } from '../log/logger.js';
import type { AwayNotifier, AwayStore, ClaimStore, ContactStore, RequestNotifier, RequestStore, RosterStore, SwitchNotifier, SwitchStore } from './ports.js';
import { createRequestHelp, type RequestHelp } from './request-help.js';
import { createSwitchMentors, type SwitchMentors } from './switch-mentors.js';
import { createTimeAway, type TimeAway } from './time-away.js';

/** What use cases are built from: the stores and the Slack-facing adapters (ports), plus settings. */
export interface ServiceDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly requestNotifier: RequestNotifier;
  readonly awayNotifier: AwayNotifier;
  // Switching mentors (issue 8).
  readonly switches: SwitchStore;
  readonly switchNotifier: SwitchNotifier;
}

/** The use cases, as listeners and jobs call them. Each feature adds its own. */
export interface AppServices {
  /** Whether a Slack user is a program admin: ADMIN_USER_IDS, or an active person with the admin role. */
  isAdmin(userId: string): Promise<boolean>;

  // Roster, introductions and /mentor-admin (issue 3).

  // Requests for help and time away (issue 4).
  /** /mentor-request: whether the person may ask, and what the form offers. */
  startRequest: RequestHelp['startRequest'];
  /** The form submitted: stored once per modal, routed around time away, posted in a group DM, confirmed. */
  submitRequest: RequestHelp['submitRequest'];
  /** A click on a request's buttons: claim, respond, close (authorized, first wins). */
  actOnRequest: RequestHelp['actOnRequest'];
  /** A message in a group DM: the first from one of a request's mentors marks it responded. */
  noteConversationMessage: RequestHelp['noteConversationMessage'];
  /** /mentor-away with no text: whether the person may, and today in their zone for the form. */
  startAway: TimeAway['startAway'];
  /** Time away from the form or the command text: validated, stored, the partner (and the mentees, if chosen) told. */
  markAway: TimeAway['markAway'];
  /** /mentor-away cancel: ends current and upcoming time away, and tells the partner. */
  cancelAway: TimeAway['cancelAway'];

  // Contacts, check-in prompts and the pulse (issue 5).

  // Switching mentors (issue 8).
  /** /mentor-switch [@mentee]: who may ask, the open request if there is one, else what the form offers. */
  startSwitch: SwitchMentors['startSwitch'];
  /** The form submitted: stored once (one open request per mentee), posted to the admins, confirmed to the asker. */
  submitSwitch: SwitchMentors['submitSwitch'];
  /** An admin's *Approve*: first decision wins; the move is carried out step by step and shown on every copy. */
  approveSwitch: SwitchMentors['approveSwitch'];
  /** An admin's *Decline* button: whether they may, before the message form opens. */
  startDeclineSwitch: SwitchMentors['startDeclineSwitch'];
  /** An admin's decline with a message for the person who asked. */
  declineSwitch: SwitchMentors['declineSwitch'];
  /** The asker's *Cancel* on their open request. */
  cancelSwitch: SwitchMentors['cancelSwitch'];
  /** An admin's *Finish the move*: carries an approved move on from a step that failed. */
  finishSwitch: SwitchMentors['finishSwitch'];
}

export function createServices(deps: ServiceDeps): AppServices {
  const services: AppServices = {
    async isAdmin(userId) {
      if (deps.config.adminUserIds.includes(userId)) return true;
      const [person] = await deps.roster.findPeople([userId]);
      return person !== undefined && person.active && person.roles.includes('admin');
    },

    // Requests for help and time away (issue 4).
    ...createRequestHelp(deps),
    ...createTimeAway(deps),

    // Switching mentors (issue 8).
    ...createSwitchMentors({ ...deps, isAdmin: (userId) => services.isAdmin(userId) }),
  };
  return services;
}
