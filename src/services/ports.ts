import type { Away, NewAway } from '../program/records/away.js';
import type { Contact, ContactKind, NewContact } from '../program/records/contact.js';
import type { ContactMark } from '../program/records/compliance.js';
import type { Nudge } from '../features/nudges/domain/nudges.js';
import type { ZoneCheck } from '../features/nudges/domain/zone-refresh.js';
import type { HelpRequest, NewHelpRequest, RequestEnding, RequestFacts } from '../program/records/request.js';
import type { ProgramMonth, ProgramSemester } from '../program/calendar.js';
import type { PulseAnswer, PulseScore } from '../program/records/pulse.js';
import type { Group, GroupKind, GroupRole, Membership, Person, Role } from '../program/roster.js';
import type { AdminMessageLocation, AskRefusal, MoveStep, NewSwitchRequest, SwitchDecision, SwitchRequest, TargetGroup } from '../features/switching/domain/switch.js';
import type { SwitchActionOutcome } from '../features/switching/switch-mentors.js';
import type { MarkAwayOutcome } from '../features/away/time-away.js';
import type { IntroducedGroup } from '../features/roster/domain/introductions.js';
import type { SlackAccount } from '../features/roster/domain/roster-import.js';
import type { CohortDigest, DigestPart, GroupLine, MenteeLine, ProgramDigest } from '../features/digests/domain/digest.js';
import type { ExportFile } from '../features/exports/domain/export.js';
import type { PersonHome } from '../features/home/domain/home.js';

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
  /** Records that the group's channel has introduced these people (kept as a set). */
  addIntroducedMembers(groupId: string, personIds: readonly string[]): Promise<void>;
  /** Opens memberships from `at` (history is kept: a membership is never edited, only closed). */
  openMemberships(changes: readonly MembershipChange[], at: Date): Promise<void>;
  /** Closes the open memberships named, at `at`. */
  closeMemberships(changes: readonly MembershipChange[], at: Date): Promise<void>;
  /** Stores time zones learnt from Slack. */
  setTimezones(zones: ReadonlyMap<string, string>): Promise<void>;
  // Switching mentors (issue 8).
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

// Requests for help and time away (issue 4).

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
  markClosed(id: string, end: { readonly as: RequestEnding; readonly by: string; readonly at: Date; readonly helped: boolean | undefined }): Promise<void>;
  /** Every request posted in a conversation (one mentee's requests to the same mentors share their group DM). */
  findInConversation(channelId: string): Promise<HelpRequest[]>;
  /** Requests that still wait for a response and that one of these mentors claimed. */
  findAwaitingClaimedBy(mentorIds: readonly string[]): Promise<HelpRequest[]>;
  /** A mentee's requests that still wait for a response (open or claimed), oldest first. */
  findAwaitingFor(menteeId: string): Promise<HelpRequest[]>;
  /** Every request still waiting for a response (none recorded, not ended), without what the mentee wrote. */
  findAwaitingResponse(): Promise<RequestFacts[]>;
  /** Requests stored but never posted in Slack (the post failed), not ended: the mentors have not seen them. */
  findUnposted(): Promise<HelpRequest[]>;
  // Digests, App Home and reports (issue 7): read without descriptions.
  /** Requests not ended, and those sent, answered or ended at or after `since`: of these mentees, or of everyone. */
  findActiveSince(since: Date, menteeIds?: readonly string[]): Promise<RequestFacts[]>;
  /** Requests sent in [from, to), oldest first. */
  findCreatedBetween(from: Date, to: Date): Promise<RequestFacts[]>;
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

/** A request as the people around it see it: each reader's time zone for its deadline. */
export interface RequestCard {
  readonly request: HelpRequest;
  /** Time zone of the mentee and of each responder (their own, else the program's). */
  readonly zones: ReadonlyMap<string, string>;
}

/** Why a submitted request could not be sent. */
export type RequestRefusedReason = 'not_a_mentee' | 'nobody_to_answer';

/** What requests say in Slack (implemented in slack/request-notifier.ts). */
export interface RequestNotifier {
  /** Opens the group DM of the mentee, the responders and the app, posts the request with its buttons, and says where. */
  postRequest(card: RequestCard): Promise<{ channelId: string; messageTs: string }>;
  /** Shows the request's current state (and who acted) on its message. */
  updateRequest(card: RequestCard): Promise<void>;
  /** Tells the mentee whom it went to and by when they will hear, in the mentee's zone. */
  confirmToMentee(card: RequestCard): Promise<void>;
  /** The school's support resources, to a mentee who asked for urgent well-being help. */
  sendSupportResources(menteeId: string, text: string): Promise<void>;
  /** Tells a Faculty Mentor that a mentee asked for urgent support, and who was alerted; never the request's content. */
  alertFaculty(facultyId: string, menteeId: string, alertedIds: readonly string[]): Promise<void>;
  /** Tells the person who submitted the form why nothing was sent, and whom to contact. */
  tellRequestRefused(userId: string, reason: RequestRefusedReason, adminIds: readonly string[]): Promise<void>;
}

/** A mentor's time away, as their partner and mentees are told it. */
export interface AwayNotice {
  readonly mentorId: string;
  readonly start: string;
  readonly end: string;
  /** Who covers: the partner(s), or the faculty mentor on days when the partners are away too. */
  readonly coverIds: readonly string[];
}

/** What time away says in Slack (implemented in slack/away-notifier.ts). */
export interface AwayNotifier {
  /** Tells a Pair partner at once; `takenOver` counts the away mentor's claimed requests still waiting for an answer. */
  tellPartner(partnerId: string, notice: AwayNotice, takenOver: number): Promise<void>;
  /** Tells a Pair partner that the mentor's time away was ended early or called off. */
  tellPartnerBack(partnerId: string, mentorId: string): Promise<void>;
  /** Tells the mentees in the group's channel (never the mentor's note). */
  tellMentees(channelId: string, notice: AwayNotice): Promise<void>;
  /** The outcome, to a mentor who used the form (a modal has no reply of its own). */
  tellMentor(mentorId: string, outcome: MarkAwayOutcome): Promise<void>;
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

// Switching mentors (issue 8).

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

/** The admins' view of a request: everything they need to decide, in one place. */
export interface SwitchCard {
  readonly request: SwitchRequest;
  readonly menteeName: string;
  readonly fromGroup: Group | undefined;
  /** Peer mentors of the mentee's current (or, once moved, former) group. */
  readonly fromMentorIds: readonly string[];
  readonly preferredGroup: Group | undefined;
  readonly targetGroup: Group | undefined;
  /** Groups with room now, best first. */
  readonly targets: readonly TargetGroup[];
  /** The group offered first in the admins' choice. */
  readonly suggestedGroupId: string | undefined;
  /** For an approved move: the steps still to finish (a failed Slack call), empty when the move is complete. */
  readonly unfinished: readonly MoveStep[];
  /** The zone dates are shown in (the program's). */
  readonly zone: string;
}

/** Where the admins' message goes: the configured channel, or a DM to one admin. */
export type AdminAudience = { readonly channelId: string } | { readonly adminId: string };

/** What a moved mentee is told. */
export interface MoveNotice {
  readonly menteeId: string;
  readonly group: Group;
  readonly mentorIds: readonly string[];
  /** Open requests that went to the new mentors. */
  readonly movedRequests: number;
}

/** What switching says in Slack (implemented in slack/switch-notifier.ts). */
export interface SwitchNotifier {
  /** Posts the request for a decision; resolves to where it was posted. */
  postToAdmins(audience: AdminAudience, card: SwitchCard): Promise<AdminMessageLocation>;
  /** Shows the request's current state (and who decided) on one copy of the admins' message. */
  updateAdminMessage(location: AdminMessageLocation, card: SwitchCard): Promise<void>;
  /** Tells the person who asked that the request is with the admins (a modal has no reply of its own). */
  confirmToRequester(card: SwitchCard): Promise<void>;
  /** Tells the person who submitted a form why nothing was stored. */
  tellNotSent(userId: string, outcome: { readonly reason: 'already_open' | AskRefusal; readonly adminIds: readonly string[] }): Promise<void>;
  /** Tells someone whose decision from a form did not count why (a form has no reply of its own). */
  tellActionRefused(userId: string, outcome: SwitchActionOutcome): Promise<void>;
  /** Removes the mentee from the old group's channel; someone no longer in it counts as removed. */
  removeFromChannel(channelId: string, userId: string): Promise<void>;
  /** Adds the mentee to the new group's channel; someone already in it counts as added. */
  addToChannel(channelId: string, userId: string): Promise<void>;
  /** Introduces the mentee to the new mentors: in the group's channel, or (no channel yet) a group DM with them. */
  introduceToGroup(notice: MoveNotice, channelId: string | undefined): Promise<void>;
  /** Tells a former mentor, neutrally, that the mentee moved on: never the reason. */
  tellFormerMentor(mentorId: string, menteeId: string): Promise<void>;
  tellMenteeMoved(notice: MoveNotice): Promise<void>;
  /** Tells the person who asked that the admins declined, with the admin's message. */
  tellDeclined(card: SwitchCard): Promise<void>;
}

// Nudges and escalation (issue 6).

/** What nudges say in Slack (implemented in slack/nudge-notifier.ts). */
export interface NudgeNotifier {
  /** DMs one nudge to its recipient, never a request's description; rejects with a SendError when Slack refuses. */
  sendNudge(nudge: Nudge): Promise<PostedMessage>;
}

/** When people's time zones were last asked of Slack, and what it said. */
export interface ZoneCheckStore {
  findAll(): Promise<ZoneCheck[]>;
  /** Creates or replaces each person's check. */
  save(checks: readonly ZoneCheck[]): Promise<void>;
}

// Weekly digests, App Home and reports (issue 7).

/** What the weekly digests say in Slack (implemented in slack/digest-notifier.ts). */
export interface DigestNotifier {
  /** DMs one part of a Faculty Mentor's digest: the first part has the summary, every part its share of the mentees. */
  sendCohortDigest(recipientId: string, digest: CohortDigest, part: DigestPart<MenteeLine>): Promise<PostedMessage>;
  /** DMs one part of the program-wide digest to an admin: the first part has the totals, every part its share of the groups. */
  sendProgramDigest(recipientId: string, digest: ProgramDigest, part: DigestPart<GroupLine>): Promise<PostedMessage>;
}

/** Redraws people's Home tabs when something they see changed (implemented in slack/home-refresher.ts). */
export interface HomeRefresher {
  /** Publishes the person's Home tab as `home` describes it (views.publish). */
  publish(home: PersonHome): Promise<void>;
}

/** Sends an export to the admin who asked for it (implemented in slack/report-sender.ts). */
export interface ReportSender {
  /** Uploads the CSV file into the admin's DM with the app. */
  sendExport(userId: string, file: ExportFile): Promise<void>;
}
