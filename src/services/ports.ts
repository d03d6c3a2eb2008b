import type { ProgramMonth, ProgramSemester } from '../domain/calendar.js';
import type { Contact, NewContact } from '../domain/contact.js';
import type { PulseAnswer, PulseScore } from '../domain/pulse.js';
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
  /** Which of these keys are done, in one query. */
  findDoneKeys(keys: readonly string[]): Promise<Set<string>>;
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
  /** Contacts (not undone) by any of the mentors on program dates in [fromDate, toDate], e.g. for minutes given. */
  findByMentors(mentorIds: readonly string[], fromDate: string, toDate: string): Promise<Contact[]>;
  /** Every contact (not undone) on program dates in [fromDate, toDate], for program-wide reports. */
  findBetween(fromDate: string, toDate: string): Promise<Contact[]>;
  /** One contact, undone or not; undefined when there is none with that id. */
  findById(id: string): Promise<Contact | undefined>;
  /** Marks a contact undone (it stops counting); a contact undone before keeps its first time. Returns it. */
  markUndone(id: string, at: Date): Promise<Contact | undefined>;
}

/** The monthly pulse answers: one per mentee and month, the first answer stands. */
export interface PulseStore {
  /** Stores the answer unless the mentee answered that month already; then `created` is false and the earlier one is returned. */
  recordAnswer(answer: { menteeId: string; month: string; score: PulseScore; answeredAt: Date }): Promise<{ answer: PulseAnswer; created: boolean }>;
  findAnswer(menteeId: string, month: string): Promise<PulseAnswer | undefined>;
  /** Answers of a month (of the mentees named, or all), for digests. */
  findAnswers(month: string, menteeIds?: readonly string[]): Promise<PulseAnswer[]>;
  /** Records that the mentee chose to let their mentors know (the first time is kept). */
  markShared(menteeId: string, month: string, at: Date): Promise<void>;
}

/** A message the app posted, so that it can be updated later. */
export interface PostedMessage {
  readonly channel: string;
  readonly ts: string;
}

/** One mentee's line on a mentor's check-in prompt. */
export interface CheckinPromptMentee {
  readonly id: string;
  readonly name: string;
  /** A communication this month. */
  readonly communicated: boolean;
  /** A meeting this semester; undefined outside semesters. */
  readonly met: boolean | undefined;
}

export interface CheckinPrompt {
  readonly mentorId: string;
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  readonly mentees: readonly CheckinPromptMentee[];
}

/** What the contact ledger, check-in prompts and the pulse say to people in Slack. */
export interface CheckinNotifier {
  /** DMs a mentor their monthly check-in prompt: each mentee's status, a button per mentee and one for a group meeting. */
  sendPrompt(prompt: CheckinPrompt): Promise<PostedMessage>;
  /** Redraws a prompt already sent, e.g. after the mentor logged a contact from it. */
  updatePrompt(message: PostedMessage, prompt: CheckinPrompt): Promise<void>;
  /** DMs the author what they logged (their private note included), with Undo. */
  confirmContact(contact: Contact): Promise<PostedMessage>;
  /** DMs a mentee the month's pulse: "How are things going?" 1–5 and "I'd like to talk". */
  sendPulse(menteeId: string, month: string): Promise<PostedMessage>;
  /** Tells a mentor that a mentee would like to hear from them. Never the score. */
  tellMentorMenteeWantsContact(mentorId: string, menteeId: string): Promise<PostedMessage>;
}
