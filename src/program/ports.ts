import type { AuditEntry } from './records/audit.js';
import type { Away, NewAway } from './records/away.js';
import type { Contact, ContactKind, NewContact } from './records/contact.js';
import type { ContactMark } from './records/compliance.js';
import type { CloseReason, HelpRequest, NewHelpRequest, RequestEnding, RequestFacts } from './records/request.js';
import type { PulseAnswer, PulseScore } from './records/pulse.js';
import type { Group, GroupKind, GroupRole, Membership, Person, Role } from './roster.js';
import type { AdminMessageLocation, NewSwitchRequest, SwitchDecision, SwitchRequest } from './records/switch-request.js';

export interface MembershipQuery {
  /** Only memberships still open. */
  readonly current?: boolean;
  readonly personIds?: readonly string[];
  readonly groupIds?: readonly string[];
  /** Only memberships overlapping [from, to) (history: who was a member in a month or semester). */
  readonly overlapping?: { readonly from: Date; readonly to: Date };
}

/** A membership that ended, with its id (what the steps that follow it are claimed by). */
export interface EndedMembership extends Membership {
  readonly id: string;
  readonly to: Date;
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
  /**
   * Groups by name, active or not: those with these ids (a few asked one equality each, see `store/among.ts`), all
   * when `ids` is undefined.
   */
  findGroups(ids?: readonly string[]): Promise<Group[]>;
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
  /**
   * Opens memberships from `at` (history is kept: a membership is never edited, only closed). A person, group and role
   * has at most one open membership, however many writers race: one already open stays as it is.
   */
  openMemberships(changes: readonly MembershipChange[], at: Date): Promise<void>;
  /**
   * Closes the open memberships named, at `at`. Each ending is then to be followed (the person leaves the group's
   * channel, is told, their requests and time away are settled: the roster feature's `followMemberships`) unless
   * `followUp` is false, for a caller that carries out those consequences itself (a switch's move).
   */
  closeMemberships(changes: readonly MembershipChange[], at: Date, options?: { readonly followUp?: boolean }): Promise<void>;
  /** The memberships ended whose consequences are still to follow, oldest first (one query on an index). */
  findEndingsToFollow(): Promise<EndedMembership[]>;
  /** Records that these endings (by id) have been followed in full. */
  markEndingsFollowed(ids: readonly string[]): Promise<void>;
  /** Stores time zones learnt from Slack. */
  setTimezones(zones: ReadonlyMap<string, string>): Promise<void>;
  /** Active people holding a program-wide role (e.g. the roster's admins). */
  findPeopleWithRole(role: Role): Promise<Person[]>;
  /** How many current members each group has in each role, counted by the database (one aggregation). */
  countCurrentMembers(): Promise<MemberCount[]>;
}

export interface MemberCount {
  readonly groupId: string;
  readonly role: GroupRole;
  readonly count: number;
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
  /**
   * Whom, when and what kind, for every contact (not undone) in any of the ranges (program dates, inclusive; only the
   * kinds named, when given): one streamed query, for program-wide rules such as nudges.
   */
  findMarks(ranges: readonly { readonly from: string; readonly to: string; readonly kinds?: readonly ContactKind[] }[]): Promise<ContactMark[]>;
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

/**
 * Requests for help. Each step of a request's life writes only its own fields (claimed…, responded…, closed…),
 * and only after the caller won that step's claim, so the status derived from them never goes backwards.
 */
export interface RequestStore {
  /** Stores a request once per `sourceKey`; `created` is false when it was stored before (the earlier one is returned). */
  create(request: NewHelpRequest): Promise<{ request: HelpRequest; created: boolean }>;
  find(id: string): Promise<HelpRequest | undefined>;
  /** Where the request was posted: its group DM and message. */
  setMessage(id: string, channelId: string, messageTs: string): Promise<void>;
  markClaimed(id: string, by: string, at: Date): Promise<void>;
  markResponded(id: string, by: string, at: Date): Promise<void>;
  markClosed(id: string, end: { readonly as: RequestEnding; readonly by: string; readonly at: Date; readonly helped: boolean | undefined; readonly reason?: CloseReason }): Promise<void>;
  /** Every request posted in a conversation (one mentee's requests to the same mentors share their group DM). */
  findInConversation(channelId: string): Promise<HelpRequest[]>;
  /** Requests that still wait for a response and that one of these mentors claimed. */
  findAwaitingClaimedBy(mentorIds: readonly string[]): Promise<HelpRequest[]>;
  /** A mentee's requests that still wait for a response (open or claimed), oldest first. */
  findAwaitingFor(menteeId: string): Promise<HelpRequest[]>;
  /** Every request still waiting for a response (none recorded, not ended), without what the mentee wrote. */
  findAwaitingResponse(): Promise<RequestFacts[]>;
  // Digests, Home and reports: read without descriptions.
  /** Requests not ended, and those sent, answered or ended at or after `since`: of these mentees, or of everyone. */
  findActiveSince(since: Date, menteeIds?: readonly string[]): Promise<RequestFacts[]>;
  /** Requests sent in [from, to), oldest first. */
  findCreatedBetween(from: Date, to: Date): Promise<RequestFacts[]>;
}

/** The audit trail (append-only): who exported, forgot, decided or looked at what, and when. */
export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
  /** The entries from `from` (included) to `to` (excluded), oldest first. */
  findBetween(from: Date, to: Date): Promise<AuditEntry[]>;
}

/** Mentors' time away. */
export interface AwayStore {
  /** Stores time away once per `sourceKey`; `created` is false when it was stored before. */
  create(away: NewAway): Promise<{ away: Away; created: boolean }>;
  /** The mentors' windows that were not called off and end on or after `fromDate` (YYYY-MM-DD), earliest first. */
  findNotEnded(mentorIds: readonly string[], fromDate: string): Promise<Away[]>;
  /** Ends windows now: they no longer count from `at`. */
  cancel(ids: readonly string[], at: Date): Promise<void>;
  /** Every mentor's windows that were not called off and end on or after `fromDate`, in one query. */
  findAllNotEnded(fromDate: string): Promise<Away[]>;
}

export type CreateSwitchOutcome =
  /** Stored now, or stored before from the same form (a double submit or a retried delivery). */
  | { readonly kind: 'created' | 'again'; readonly request: SwitchRequest }
  /** The mentee already has an open request (from another form, or asked by someone else): nothing was stored. */
  | { readonly kind: 'open_exists'; readonly request: SwitchRequest | undefined };

/** A decision on a switch request, written once by the caller that won the decision's claim. */
export interface SwitchDecisionRecord {
  readonly status: SwitchDecision;
  readonly by: string;
  readonly at: Date;
  readonly targetGroupId?: string;
  /** For a change of a pair's mentor: the mentor chosen. */
  readonly targetMentorId?: string;
  readonly adminMessage?: string;
}

/**
 * Switch requests: the audit trail of who asked to move which mentee, why (category; private details for admins),
 * who decided what and when. At most one open request per mentee, enforced by a unique index, not by a check.
 */
export interface SwitchStore {
  create(request: NewSwitchRequest): Promise<CreateSwitchOutcome>;
  find(id: string): Promise<SwitchRequest | undefined>;
  findOpenFor(menteeId: string): Promise<SwitchRequest | undefined>;
  /** Remembers where a copy of the admins' message was posted. */
  addAdminMessage(id: string, location: AdminMessageLocation): Promise<void>;
  /** Records the decision and frees the mentee to ask again. */
  markDecided(id: string, decision: SwitchDecisionRecord): Promise<void>;
  /** Requests made in [from, to), oldest first (for the audit export). */
  findCreatedBetween(from: Date, to: Date): Promise<SwitchRequest[]>;
  /** Open requests (waiting for an admin) per group the mentee asked from; groups with none are left out. One query. */
  countPending(groupIds: readonly string[]): Promise<Map<string, number>>;
}

/** Who moved a mentee, and the claim-key prefix that makes each move once. */
export interface MoveRequestsInput {
  readonly menteeId: string;
  /** Who moved the mentee (the admin who approved): recorded as who ended the old requests. */
  readonly movedBy: string;
  /** Prefix of the claim keys of each move, e.g. `switch:<id>`, so a rerun repeats nothing. */
  readonly stepKey: string;
  /**
   * A pair track's change of mentor: the mentee's requests to that track (`audience`, the track's name) go to these
   * mentors, `standInIds` (its office) taking them while all are away. Unset: a change of cohort group.
   */
  readonly pair?: { readonly audience: string; readonly mentorIds: readonly string[]; readonly standInIds: readonly string[] };
  /** Only the requests this person was asked (a mentor who left the group): the mentee's others stay where they are. */
  readonly heldBy?: string;
}

/**
 * Moves a mentee's requests still waiting for an answer to their new group's mentors (implemented by the requests
 * feature, used by switching); resolves to how many moved.
 */
export type MoveAwaitingRequests = (input: MoveRequestsInput, now: Date) => Promise<number>;

/** A Slack account as the directory answers for it. */
export interface SlackAccount {
  readonly id: string;
  readonly timezone: string | undefined;
  readonly deleted: boolean;
  readonly isBot: boolean;
}

/** Slack's directory of people (users.lookupByEmail, users.info), asked a few at a time and patient with rate limits. */
export interface SlackDirectory {
  /** The account of each e-mail address (lower-cased); `undefined` when no one in the workspace uses it. */
  findByEmails(emails: readonly string[]): Promise<Map<string, SlackAccount | undefined>>;
  /** The account of each user id; `undefined` when there is no such account. */
  findByIds(ids: readonly string[]): Promise<Map<string, SlackAccount | undefined>>;
}
