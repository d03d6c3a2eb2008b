import type { Connection } from 'mongoose';
import type { ClaimStore, ContactStore, RosterStore } from '../services/ports.js';
import { createClaimRepository } from './claim-repository.js';
import { createContactRepository } from './contact-repository.js';
import { createRosterRepository } from './roster-repository.js';

/** Every repository, on one connection. */
export interface Stores {
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
}

export function createStores(connection: Connection): Stores {
  return {
    claims: createClaimRepository(connection),
    roster: createRosterRepository(connection),
    contacts: createContactRepository(connection),
  };
}
