import type { Connection } from 'mongoose';
import type { AwayStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchStore } from '../ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { ZoneCheckStore } from '../../features/nudges/ports.js';
import { createAwayRepository } from './away-repository.js';
import { createClaimRepository } from '../../delivery/store/claim-repository.js';
import { createContactRepository } from './contact-repository.js';
import { createPulseRepository } from './pulse-repository.js';
import { createRequestRepository } from './request-repository.js';
import { createRosterRepository } from './roster-repository.js';
import { createSwitchRepository } from './switch-repository.js';
import { createZoneCheckRepository } from '../../features/nudges/store/zone-check-repository.js';

/** Every repository, on one connection. */
export interface Stores {
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly pulses: PulseStore;
  // Switching mentors (issue 8).
  readonly switches: SwitchStore;
  // Nudges and escalation (issue 6).
  readonly zoneChecks: ZoneCheckStore;
}

export function createStores(connection: Connection): Stores {
  return {
    claims: createClaimRepository(connection),
    roster: createRosterRepository(connection),
    contacts: createContactRepository(connection),
    requests: createRequestRepository(connection),
    away: createAwayRepository(connection),
    pulses: createPulseRepository(connection),
    // Switching mentors (issue 8).
    switches: createSwitchRepository(connection),
    // Nudges and escalation (issue 6).
    zoneChecks: createZoneCheckRepository(connection),
  };
}
