import type { SwitchSettings } from './settings.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { AdminChannelInspector, AdminChannelStore, SwitchNotifier } from './ports.js';
import type { AuditStore, AwayStore, MoveAwaitingRequests, RequestStore, RosterStore, SwitchStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import { NO_PAIRS, type Pairs } from '../../program/pairs.js';

export interface SwitchMentorsDeps {
  readonly config: Config;
  readonly settings: SwitchSettings;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly switches: SwitchStore;
  /** Every decision, and every time a request's private details are shown to someone, is recorded here. */
  readonly audit: AuditStore;
  /** Moves the mentee's waiting requests to the new mentors (the requests feature's). */
  readonly moveAwaitingRequests: MoveAwaitingRequests;
  readonly switchNotifier: SwitchNotifier;
  /** SWITCH_ADMIN_CHANNEL's verdicts, and how to check it in Slack. */
  readonly adminChannels: AdminChannelStore;
  readonly channelInspector: AdminChannelInspector;
  /** The program's rule for who is an admin, and whom to contact. */
  readonly admins: AdminPolicy;
  /** The tracks' pairs: a clinical mentee's change of rotation mentor goes to the Clinical Office (none when unset). */
  readonly pairs?: Pairs;
}

/** What every switching use case works with: the deps, with the feature's own logger. */
export type SwitchContext = SwitchMentorsDeps & { readonly pairs: Pairs };

export function switchContext(deps: SwitchMentorsDeps): SwitchContext {
  return { ...deps, pairs: deps.pairs ?? NO_PAIRS, logger: deps.logger.child({ feature: 'switch' }) };
}
