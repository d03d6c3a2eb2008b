import type { Away } from '../records/away.js';
import type { Contact } from '../records/contact.js';
import type { PulseAnswer } from '../records/pulse.js';
import type { RequestFacts } from '../records/request.js';
import type { Group, Membership, Person } from '../roster.js';

/** What digests and Home tabs are built from: one bulk read of the groups in scope. */
export interface ProgramState {
  readonly people: ReadonlyMap<string, Person>;
  /** Active groups in scope. */
  readonly groups: readonly Group[];
  /** Current memberships of those groups. */
  readonly memberships: readonly Membership[];
  /** Contacts with the groups' mentees over the program month and its semester. */
  readonly contacts: readonly Contact[];
  /** The mentees' requests: every one not ended, and those sent, answered or ended lately (this month, this week). */
  readonly requests: readonly RequestFacts[];
  /** The mentors' time away that was not called off and has not ended. */
  readonly away: readonly Away[];
  /** This program month's pulse answers of the mentees. */
  readonly pulses: readonly PulseAnswer[];
  /** Switch requests waiting for an admin, by group id. */
  readonly pendingSwitches: ReadonlyMap<string, number>;
}

/** The records of a program's state besides its roster: each read apart (a query per collection, or per id for a few). */
export type Ledger = 'contacts' | 'requests' | 'away' | 'pulses' | 'pendingSwitches';
export const LEDGERS: ReadonlySet<Ledger> = new Set(['contacts', 'requests', 'away', 'pulses', 'pendingSwitches']);
