import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { AuditStore, ContactStore, RequestStore, RosterStore } from '../../program/ports.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { TrackDeclaration } from '../../program/tracks.js';
import type { FollowEndedMemberships, RolloverStore, ThanksSender } from './ports.js';

/** What the turn of the year is built on. */
export interface NewYearDeps {
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly audit: AuditStore;
  readonly rollovers: RolloverStore;
  readonly claims: ClaimStore;
  readonly admins: AdminPolicy;
  readonly sender: ThanksSender;
  readonly logger: Logger;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
  readonly tracks: () => readonly TrackDeclaration[];
  /** Called once the memberships have ended (see ports.ts). */
  readonly followEndedMemberships: FollowEndedMemberships;
}

/** Who runs the turn: an admin in Slack (checked), or the command line (trusted), named for the audit trail. */
export type NewYearActor = { readonly slackUserId: string } | { readonly cli: string };

export const actorId = (actor: NewYearActor): string => ('slackUserId' in actor ? actor.slackUserId : actor.cli);
