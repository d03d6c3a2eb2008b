import type { Connection } from 'mongoose';
import type { AwayStore, ClaimStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchCounter } from '../services/ports.js';
import { createAwayRepository } from './away-repository.js';
import { createClaimRepository } from './claim-repository.js';
import { createContactRepository } from './contact-repository.js';
import { createPulseRepository } from './pulse-repository.js';
import { createRequestRepository } from './request-repository.js';
import { createRosterRepository } from './roster-repository.js';
import { createSwitchCountRepository } from './switch-count-repository.js';

/** Every repository, on one connection. */
export interface Stores {
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly pulses: PulseStore;
  // Weekly digests (issue 7): pending switch requests, counted from issue 8's collection.
  readonly switchCounter: SwitchCounter;
}

export function createStores(connection: Connection): Stores {
  return {
    claims: createClaimRepository(connection),
    roster: createRosterRepository(connection),
    contacts: createContactRepository(connection),
    requests: createRequestRepository(connection),
    away: createAwayRepository(connection),
    pulses: createPulseRepository(connection),
    switchCounter: createSwitchCountRepository(connection),
  };
}
