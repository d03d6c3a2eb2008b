import type { Config } from '../config/env.js';
import type { MentorMinutes } from '../program/records/compliance.js';
import type { RowError } from '../features/roster/domain/roster-import.js';
import type { Logger } from '../log/logger.js';
import { answerPulse, type AnswerPulseResult } from '../features/pulse/answer-pulse.js';
import { logContact, type FormEntry, type LogContactResult } from '../features/contacts/log-contact.js';
import { logQuickCheckin, type QuickCheckinEntry } from '../features/contacts/log-quick-checkin.js';
import { prepareCheckin, type CheckinPrefill, type PrepareCheckinResult } from '../features/contacts/prepare-checkin.js';
import { readCompliance, readMentorMinutes, type ComplianceReport } from '../features/contacts/read-compliance.js';
import { sendCheckinPrompts, type PromptRunSummary } from '../features/contacts/send-checkin-prompts.js';
import { sendPulses, type PulseRunSummary } from '../features/pulse/send-pulses.js';
import { runNudges, type NudgeRunSummary } from '../features/nudges/run-nudges.js';
import { sharePulse, type SharePulseResult } from '../features/pulse/share-pulse.js';
import { undoContact, type UndoContactResult } from '../features/contacts/undo-contact.js';
import { importRoster, importRosterUpload, type ImportOutcome, type ImportRosterInput } from '../features/roster/import-roster.js';
import type { AwayNotifier } from '../features/away/ports.js';
import type { AwayStore, ContactStore, PulseStore, RequestStore, RosterStore, SwitchStore } from '../program/ports.js';
import type { CheckinNotifier } from '../features/contacts/ports.js';
import type { ClaimStore } from '../delivery/ports.js';
import type { DigestNotifier } from '../features/digests/ports.js';
import type { HomeRefresher } from '../features/home/ports.js';
import type { IntroductionSender, SlackDirectory, UploadedFiles } from '../features/roster/ports.js';
import type { NudgeNotifier, ZoneCheckStore } from '../features/nudges/ports.js';
import type { ReportSender } from '../features/exports/ports.js';
import type { RequestNotifier } from '../features/requests/ports.js';
import type { SwitchNotifier } from '../features/switching/ports.js';
import { readRosterFile } from '../features/roster/read-roster-file.js';
import { createRequestHelp, type RequestHelp } from '../features/requests/request-help.js';
import { findRosterStatus, type RosterStatus } from '../features/roster/roster-status.js';
import { runIntroductions, type IntroductionSummary } from '../features/roster/run-introductions.js';
import { createSwitchMentors, type SwitchMentors } from '../features/switching/switch-mentors.js';
import { createTimeAway, type TimeAway } from '../features/away/time-away.js';
import type { PersonHome } from '../features/home/domain/home.js';
import type { ExportRequest } from '../features/exports/domain/export.js';
import { buildExport, sendExport, type ExportOutcome } from '../features/exports/export-report.js';
import { readHome, refreshHomes } from '../features/home/read-home.js';
import { sendDigests, type DigestRunSummary } from '../features/digests/send-digests.js';

/** What use cases are built from: the stores and the Slack-facing adapters (ports), plus settings. */
export interface ServiceDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly requests: RequestStore;
  readonly away: AwayStore;
  readonly requestNotifier: RequestNotifier;
  readonly awayNotifier: AwayNotifier;
  readonly pulses: PulseStore;
  readonly checkinNotifier: CheckinNotifier;
  // Roster, introductions and /mentor-admin (issue 3).
  readonly directory: SlackDirectory;
  readonly introductionSender: IntroductionSender;
  readonly uploadedFiles: UploadedFiles;
  // Switching mentors (issue 8).
  readonly switches: SwitchStore;
  readonly switchNotifier: SwitchNotifier;
  // Nudges and escalation (issue 6).
  readonly nudgeNotifier: NudgeNotifier;
  readonly zoneChecks: ZoneCheckStore;
  // Weekly digests, App Home and reports (issue 7).
  readonly digestNotifier: DigestNotifier;
  readonly homeRefresher: HomeRefresher;
  readonly reportSender: ReportSender;
}

/** The use cases, as listeners and jobs call them. Each feature adds its own. */
export interface AppServices {
  /** Whether a Slack user is a program admin: ADMIN_USER_IDS, or an active person with the admin role. */
  isAdmin(userId: string): Promise<boolean>;

  // Roster, introductions and /mentor-admin (issue 3).
  /** Reads and checks a roster file's rows (no Slack, no writes): fast enough to answer a modal within 3 s. */
  checkRosterFile(actorId: string, csv: string): Promise<AdminOnly<{ readonly errors: readonly RowError[] }>>;
  /** Imports a roster file, all or nothing; `actorId` undefined is the command line. */
  importRoster(actorId: string | undefined, input: ImportRosterInput): Promise<AdminOnly<ImportOutcome>>;
  /** The same for a file uploaded in Slack (the import form's file input). */
  importRosterUpload(actorId: string, fileId: string, input: Omit<ImportRosterInput, 'csv'>): Promise<AdminOnly<ImportOutcome>>;
  /** The introductions job: introduces groups not yet introduced and welcomes people who joined since. */
  runIntroductions(now: Date): Promise<IntroductionSummary>;
  /** `/mentor-admin introduce`: the same, for an admin. */
  introduceNow(actorId: string, now: Date): Promise<AdminOnly<IntroductionSummary>>;
  /** `/mentor-admin status`. */
  rosterStatus(actorId: string): Promise<AdminOnly<RosterStatus>>;

  // Requests for help and time away (issue 4).
  /** /mentor-request: whether the person may ask, and what the form offers. */
  startRequest: RequestHelp['startRequest'];
  /** The form submitted: stored once per modal, routed around time away, posted in a group DM, confirmed. */
  submitRequest: RequestHelp['submitRequest'];
  /** A click on a request's buttons: claim, respond, close (authorized, first wins). */
  actOnRequest: RequestHelp['actOnRequest'];
  /** A message in a group DM: the first from one of a request's mentors marks it responded. */
  noteConversationMessage: RequestHelp['noteConversationMessage'];
  /** Part of the nudges job: requests whose first post Slack refused, posted now (once). */
  postUnpostedRequests: RequestHelp['postUnpostedRequests'];
  /** /mentor-away with no text: whether the person may, and today in their zone for the form. */
  startAway: TimeAway['startAway'];
  /** Time away from the form or the command text: validated, stored, the partner (and the mentees, if chosen) told. */
  markAway: TimeAway['markAway'];
  /** /mentor-away cancel: ends current and upcoming time away, and tells the partner. */
  cancelAway: TimeAway['cancelAway'];

  // Contacts, check-in prompts and the pulse (issue 5).
  /** The check-in form's content for a mentor (their own current mentees), or why they cannot log. */
  prepareCheckin(actorId: string, now: Date, prefill?: CheckinPrefill): Promise<PrepareCheckinResult>;
  /** Records a contact from the form and DMs the author a confirmation with Undo. */
  logContact(entry: FormEntry): Promise<LogContactResult>;
  /** Records a contact from `/mentor-checkin @mentee … <kind> [minutes]`. */
  logQuickCheckin(entry: QuickCheckinEntry): Promise<LogContactResult>;
  /** Undoes a contact (its author, within 7 days). */
  undoContact(actorId: string, contactId: string, now: Date): Promise<UndoContactResult>;
  /** Job `checkin-prompts`. */
  sendCheckinPrompts(now: Date): Promise<PromptRunSummary>;
  /** Job `pulse`. */
  sendPulses(now: Date): Promise<PulseRunSummary>;
  /** A mentee's 1–5 for the month the pulse asked about. */
  answerPulse(menteeId: string, month: string, score: number, now: Date): Promise<AnswerPulseResult>;
  /** "Let my mentors know", after a low answer. */
  sharePulse(menteeId: string, month: string, now: Date): Promise<SharePulseResult>;
  /** Per mentee, for a month (YYYY-MM) and its semester: were the rules met, and by which contacts. */
  readCompliance(menteeIds: readonly string[], monthKey: string): Promise<ComplianceReport>;
  /** Per mentor, the minutes given in a month (YYYY-MM). */
  readMentorMinutes(mentorIds: readonly string[], monthKey: string): Promise<ReadonlyMap<string, MentorMinutes>>;

  // Nudges and escalation (issue 6).
  /** Job `nudges`: request reminders, overdue notes, faculty escalations, month- and semester-end lists; then a few zones refreshed. */
  runNudges(now: Date): Promise<NudgeRunSummary>;
  // Weekly digests, App Home and reports (issue 7).
  /** Job `digests`: each Faculty Mentor's weekly digest of their cohort, and each admin's of the program. */
  sendDigests(now: Date): Promise<DigestRunSummary>;
  /** A person's Home tab: a section for each role they hold (none for someone the program does not know). */
  readHome(userId: string, now: Date): Promise<PersonHome>;
  /** `npm run export`: the program's record as CSV (the command line is trusted). */
  buildExport(request: ExportRequest, now: Date): Promise<ExportOutcome>;
  /** `/mentor-admin export` and Home's Export: the same file, sent to the admin in Slack. */
  sendExport(actorId: string, request: ExportRequest, now: Date): Promise<AdminOnly<ExportOutcome>>;

  // Switching mentors (issue 8).
  /** /mentor-switch [@mentee]: who may ask, the open request if there is one, else what the form offers. */
  startSwitch: SwitchMentors['startSwitch'];
  /** The form submitted: stored once (one open request per mentee), posted to the admins, confirmed to the asker. */
  submitSwitch: SwitchMentors['submitSwitch'];
  /** An admin's *Approve*: first decision wins; the move is carried out step by step and shown on every copy. */
  approveSwitch: SwitchMentors['approveSwitch'];
  /** An admin's *Decline* button: whether they may, before the message form opens. */
  startDeclineSwitch: SwitchMentors['startDeclineSwitch'];
  /** An admin's decline with a message for the person who asked. */
  declineSwitch: SwitchMentors['declineSwitch'];
  /** The asker's *Cancel* on their open request. */
  cancelSwitch: SwitchMentors['cancelSwitch'];
  /** An admin's *Finish the move*: carries an approved move on from a step that failed. */
  finishSwitch: SwitchMentors['finishSwitch'];
}

/** What an admin-only use case answers: its result, or `not_allowed` (and nothing ran). */
export type AdminOnly<T> = { readonly allowed: false } | { readonly allowed: true; readonly result: T };

export function createServices(deps: ServiceDeps): AppServices {
  // Weekly digests, App Home and reports (issue 7): Home tabs are redrawn when what they show changes.
  const refresh = (userIds: readonly string[], now: Date) => refreshHomes(deps, userIds, now);
  const importDeps = { roster: deps.roster, directory: deps.directory, logger: deps.logger, runIntroductions: (now: Date) => services.runIntroductions(now) };
  const services: AppServices = {
    async isAdmin(userId) {
      if (deps.config.adminUserIds.includes(userId)) return true;
      const [person] = await deps.roster.findPeople([userId]);
      return person !== undefined && person.active && person.roles.includes('admin');
    },

    // Requests for help and time away (issue 4).
    ...createRequestHelp({ ...deps, refreshHomes: refresh }),
    ...createTimeAway(deps),
    // Contacts, check-in prompts and the pulse (issue 5).
    prepareCheckin: (actorId, now, prefill) => prepareCheckin(deps, actorId, now, prefill),
    async logContact(entry) {
      const result = await logContact(deps, entry);
      // The form waits for this answer (Slack's 3 seconds): the mentor's Home is redrawn after it, not before.
      if (result.ok && result.created) void refresh([result.contact.mentorId], entry.now);
      return result;
    },
    async logQuickCheckin(entry) {
      const result = await logQuickCheckin(deps, entry);
      if (result.ok && result.created) await refresh([result.contact.mentorId], entry.now);
      return result;
    },
    async undoContact(actorId, contactId, now) {
      const result = await undoContact(deps, actorId, contactId, now);
      if (result.ok && !result.alreadyUndone) await refresh([result.contact.mentorId], now);
      return result;
    },
    sendCheckinPrompts: (now) => sendCheckinPrompts(deps, now),
    sendPulses: (now) => sendPulses(deps, now),
    answerPulse: (menteeId, month, score, now) => answerPulse(deps, menteeId, month, score, now),
    sharePulse: (menteeId, month, now) => sharePulse(deps, menteeId, month, now),
    readCompliance: (menteeIds, monthKey) => readCompliance(deps, menteeIds, monthKey),
    readMentorMinutes: (mentorIds, monthKey) => readMentorMinutes(deps, mentorIds, monthKey),
    // Nudges and escalation (issue 6).
    runNudges: (now) => runNudges(deps, now),
    // Roster, introductions and /mentor-admin (issue 3).
    async checkRosterFile(actorId, csv) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: { errors: readRosterFile(csv).errors } };
    },
    async importRoster(actorId, input) {
      if (actorId !== undefined && !(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRoster(importDeps, input) };
    },
    async importRosterUpload(actorId, fileId, input) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRosterUpload({ ...importDeps, uploads: deps.uploadedFiles }, fileId, input) };
    },
    runIntroductions(now) {
      return runIntroductions({ roster: deps.roster, claims: deps.claims, sender: deps.introductionSender, logger: deps.logger }, now);
    },
    async introduceNow(actorId, now) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await services.runIntroductions(now) };
    },
    async rosterStatus(actorId) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await findRosterStatus(deps.roster) };
    },

    // Switching mentors (issue 8).
    ...createSwitchMentors({ ...deps, isAdmin: (userId) => services.isAdmin(userId) }),
    // Weekly digests, App Home and reports (issue 7).
    sendDigests: (now) => sendDigests(deps, now),
    readHome: (userId, now) => readHome(deps, userId, now),
    buildExport: (request, now) => buildExport(deps, request, now),
    async sendExport(actorId, request, now) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await sendExport(deps, actorId, request, now) };
    },
  };
  return services;
}
