import type { Contact, NewContact } from '../domain/contact.js';
import type { IntroducedGroup } from '../domain/introductions.js';
import type { Group, GroupKind, GroupRole, Membership, Person } from '../domain/roster.js';
import type { SlackAccount } from '../domain/roster-import.js';

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
  /** What the work produced, e.g. a Slack channel id or message ts, so a rerun can carry on from it. */
  readonly result: Readonly<Record<string, string>>;
}

/**
 * "Once" across retries, double clicks, reruns and app instances: a unique key stored in MongoDB before the work.
 * `claim` wins for exactly one caller per key. A claim left `pending` (the run died, or the send failed) may be taken
 * over by a later run after `staleAfterMs`; a `done` claim is never taken again.
 */
export interface ClaimStore {
  /** True when this caller now holds the key (new, or pending and stale), false otherwise. */
  claim(key: string, now: Date, staleAfterMs?: number): Promise<boolean>;
  /** Marks the work done, keeping what it produced. */
  complete(key: string, now: Date, result?: Readonly<Record<string, string>>): Promise<void>;
  /** Gives the key up after a failure, so that a later run retries it. */
  release(key: string): Promise<void>;
  find(key: string): Promise<Claim | undefined>;
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
  /** Records that the group's channel has introduced these people (kept as a set). */
  addIntroducedMembers(groupId: string, personIds: readonly string[]): Promise<void>;
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

// Roster, introductions and /mentor-admin (issue 3).

/** Slack's directory of people (users.lookupByEmail, users.info), asked a few at a time and patient with rate limits. */
export interface SlackDirectory {
  /** The account of each e-mail address (lower-cased); `undefined` when no one in the workspace uses it. */
  findByEmails(emails: readonly string[]): Promise<Map<string, SlackAccount | undefined>>;
  /** The account of each user id; `undefined` when there is no such account. */
  findByIds(ids: readonly string[]): Promise<Map<string, SlackAccount | undefined>>;
}

/** A person newly in a group, as the group's welcome names them. */
export interface Newcomer {
  readonly id: string;
  readonly role: GroupRole;
}

/** The Slack side of introductions: a private channel per group, its introduction, and personal welcomes. */
export interface IntroductionSender {
  /** Creates a private channel (the app is its first member); `name_taken` when the name is in use. */
  createPrivateChannel(name: string): Promise<{ readonly status: 'created'; readonly channelId: string } | { readonly status: 'name_taken' }>;
  setPurpose(channelId: string, group: IntroducedGroup): Promise<void>;
  /**
   * Invites people; those already in the channel count as invited. People Slack will not add (a deactivated account,
   * a guest's limits) do not stop the others: they come back in `refused`.
   */
  invite(channelId: string, userIds: readonly string[]): Promise<{ readonly refused: readonly string[] }>;
  /** Posts the group's full introduction; resolves to the message's ts. */
  postIntroduction(channelId: string, group: IntroducedGroup): Promise<string>;
  /** Welcomes people who joined after the introduction, in the channel. */
  postNewcomers(channelId: string, group: IntroducedGroup, newcomers: readonly Newcomer[]): Promise<string>;
  /** A personal DM: the person's group, their mentors (or mentees), and the commands for their role. */
  sendWelcome(personId: string, role: GroupRole, group: IntroducedGroup, channelId: string): Promise<string>;
}

/** Why an uploaded file could not be read as a roster. */
export type UnreadableFile = 'too_large' | 'not_text' | 'unavailable';

/** Files people upload to the app (the roster, in the import form's file input). */
export interface UploadedFiles {
  /** The text of an uploaded file of at most `maxBytes`. */
  readText(fileId: string, maxBytes: number): Promise<{ readonly status: 'ok'; readonly text: string } | { readonly status: UnreadableFile }>;
}
