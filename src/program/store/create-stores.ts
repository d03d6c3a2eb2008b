import type { Connection } from 'mongoose';
import type { AuditStore, AwayStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchStore } from '../ports.js';
import { createAuditRepository } from './audit-repository.js';
import { createAwayRepository } from './away-repository.js';
import { createContactRepository } from './contact-repository.js';
import { createPulseRepository } from './pulse-repository.js';
import { createRequestRepository } from './request-repository.js';
import { createRosterRepository } from './roster-repository.js';
import { createSwitchRepository } from './switch-repository.js';

/** The program's record, read by several features: the roster and the ledgers, on one connection. */
export interface ProgramStores {
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly pulses: PulseStore;
  readonly switches: SwitchStore;
  /** Append-only. */
  readonly audit: AuditStore;
}

export function createStores(connection: Connection): ProgramStores {
  return {
    roster: createRosterRepository(connection),
    contacts: createContactRepository(connection),
    requests: createRequestRepository(connection),
    away: createAwayRepository(connection),
    pulses: createPulseRepository(connection),
    switches: createSwitchRepository(connection),
    audit: createAuditRepository(connection),
  };
}
