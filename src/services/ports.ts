import type { Contact, NewContact } from '../domain/contact.js';
import type { Group, GroupKind, GroupRole, Membership, Person } from '../domain/roster.js';

/**
 * The ports use cases depend on. store/ and slack/ implement them; tests use the real adapters
 * (against a real MongoDB-compatible server and the fake Slack).
 */

/** The state of a claimed piece of work (a message to send, a step to take). */
export type ClaimState = 'pending' | 'done';

export interface Claim {
  readonly key: string;
  readonly state: ClaimState;
  readonly attempts: number;
  readonly claimedAt: Date;
  /** While pending, when a later run may take it over. */
  readonly availableAt: Date;
  /** What the work produced, e.g. a Slack channel id or message ts, so a rerun can carry on from it. */
  readonly result: Readonly<Record<string, string>>;
}

/**
 * "Once" across retries, double clicks, reruns and app instances: a unique key stored in MongoDB before the work.
 * `claim` wins for exactly one caller per key. A claim left `pending` may be taken over by a later run once it is
 * available again: `staleAfterMs` after it was taken (the run died), or at the time given to `postpone` (a send
 * failed and should be retried later). A `done` claim is never taken again.
 */
export interface ClaimStore {
  /** True when this caller now holds the key (new, or pending and stale), false otherwise. */
  claim(key: string, now: Date, staleAfterMs?: number): Promise<boolean>;
  /** Marks the work done, keeping what it produced. */
  complete(key: string, now: Date, result?: Readonly<Record<string, string>>): Promise<void>;
  /** Keeps the key pending but lets a later run retry it from `until` on (backoff, or Slack's Retry-After). */
  postpone(key: string, until: Date): Promise<void>;
  /** Gives the key up after a failure, so that the next run retries it. */
  release(key: string): Promise<void>;
  find(key: string): Promise<Claim | undefined>;
  /** Which of these keys are done, in one query. */
  findDoneAmong(keys: readonly string[]): Promise<Set<string>>;
  /** Keys under a prefix that are done (for bulk "already sent?" questions). */
  findDone(prefix: string): Promise<Set<string>>;
}

export interface MembershipQuery {
  /** Only memberships still open. */
  readonly current?: boolean;
  readonly personIds?: readonly string[];
  readonly groupIds?: readonly string[];
  /** Only memberships overlapping [from, to) (history: who was a member in a month or semester). */
  readonly overlapping?: { readonly from: Date; readonly to: Date };
}

export interface MembershipChange {
  readonly groupId: string;
  readonly personId: string;
  readonly role: GroupRole;
}

/** The program's people, groups and membership history. Every method is one bulk operation. */
export interface RosterStore {
  /** People by id (all people when `ids` is undefined). */
  findPeople(ids?: readonly string[]): Promise<Person[]>;
  findGroups(): Promise<Group[]>;
  findMemberships(query?: MembershipQuery): Promise<Membership[]>;
  /** Creates or replaces people by id. */
  savePeople(people: readonly Person[]): Promise<void>;
  /** Creates groups that do not exist yet (by name) and returns every named group. */
  ensureGroups(groups: readonly { name: string; kind: GroupKind }[]): Promise<Group[]>;
  setGroupsActive(groupIds: readonly string[], active: boolean): Promise<void>;
  setGroupChannel(groupId: string, channelId: string): Promise<void>;
  markGroupIntroduced(groupId: string, at: Date): Promise<void>;
  /** Opens memberships from `at` (history is kept: a membership is never edited, only closed). */
  openMemberships(changes: readonly MembershipChange[], at: Date): Promise<void>;
  /** Closes the open memberships named, at `at`. */
  closeMemberships(changes: readonly MembershipChange[], at: Date): Promise<void>;
  /** Stores time zones learnt from Slack. */
  setTimezones(zones: ReadonlyMap<string, string>): Promise<void>;
}

/** The contact ledger. */
export interface ContactStore {
  /** Stores a contact once per `sourceKey`; `created` is false when it was stored before (the earlier one is returned). */
  record(contact: NewContact): Promise<{ contact: Contact; created: boolean }>;
  /** Contacts (not undone) with any of the mentees on program dates in [fromDate, toDate] (YYYY-MM-DD, inclusive). */
  findForMentees(menteeIds: readonly string[], fromDate: string, toDate: string): Promise<Contact[]>;
}

/**
 * A send to Slack failed. Adapters in slack/ translate Web API errors into this, so use cases can decide when
 * to retry: after `retryAfterSeconds` (Slack's Retry-After), with backoff, or never (`permanent`).
 */
export class SendError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly permanent: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SendError';
  }
}
