import type { Config } from '../../config/env.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import type { Pairs } from '../../program/pairs.js';
import type { MentorContexts } from '../../program/snapshot/mentoring-context.js';
import type { CheckinQuestion } from '../../slack/checkin-question.js';
import type { PromptNotes } from '../../slack/prompt-notes.js';
import { logContact, type FormEntry, type LogContactResult } from './log-contact.js';
import { askedByTheFormOnly, logQuickCheckin, type QuickCheckinEntry } from './log-quick-checkin.js';
import type { AttemptStore, CheckinNotifier, ConcernStore, PromptAnswerNotifier, PromptStore } from './ports.js';
import { escalateUnreached, recordAttempt } from './record-attempt.js';
import { prepareAnswer, raiseConcern, sendConcernAlerts, type ConcernEntry } from './raise-concern.js';
import { logThreadReply, type ThreadReply } from './log-thread-reply.js';
import type { PostedMessage } from '../../delivery/ports.js';
import { prepareCheckin, type CheckinPrefill } from './prepare-checkin.js';
import { readCompliance, readMentorMinutes } from './read-compliance.js';
import { sendCheckinPrompts } from './send-checkin-prompts.js';
import { undoContact } from './undo-contact.js';

export interface ContactDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  readonly checkinNotifier: CheckinNotifier;
  readonly prompts: PromptStore;
  readonly attempts: AttemptStore;
  readonly concerns: ConcernStore;
  readonly answerNotifier: PromptAnswerNotifier;
  /** The tracks' pairs: a clinical mentor logs contacts with their rotation mentees too (none when unset). */
  readonly pairs?: Pairs;
  /** Where a mentor's context is read (the feature's brief cache; unset: the roster, every time). */
  readonly mentorContexts?: MentorContexts;
  /** The tracks' check-in questions (none when unset). */
  readonly questions?: () => readonly CheckinQuestion[];
  /** The notes the features add under the prompt's mentee lines (none when unset). */
  readonly promptNotes?: () => readonly PromptNotes[];
  /** Redraws people's Home tabs (the Home feature's link); best effort. */
  readonly refreshHomes: (userIds: readonly string[], now: Date) => Promise<void>;
}

export type ContactUseCases = ReturnType<typeof createContactUseCases>;

/**
 * The contact ledger: the check-in form, the one-line check-in, Undo, the monthly prompts and their answers (in touch,
 * couldn't reach, concern, a one-line reply in the thread), and compliance reads.
 */
export function createContactUseCases(deps: ContactDeps) {
  /**
   * A mentor's Home is redrawn after a contact only when it is on screen: under a form opened from it. A contact logged
   * anywhere else (the one-line command, a prompt in their DMs, a thread reply) and an Undo (in a message) are shown
   * when they next open the tab, which draws it afresh (`app_home_opened`): a redraw nobody sees would read the
   * mentor's whole circle, about thirty queries, for each contact.
   */
  const logAndRedraw = async (entry: FormEntry): Promise<LogContactResult> => {
    const result = await logContact(deps, entry);
    // The form waits for this answer (Slack's 3 seconds): the Home is redrawn after it, not before.
    if (result.ok && result.created && entry.homeOnScreen === true) void deps.refreshHomes([result.contact.mentorId], entry.now);
    return result;
  };
  return {
    /** The check-in form's content for a mentor (their own current mentees), or why they cannot log. */
    prepareCheckin: (actorId: string, now: Date, prefill?: CheckinPrefill) => prepareCheckin(deps, actorId, now, prefill),
    /** Records a contact from the form and DMs the author a confirmation with Undo. */
    logContact: logAndRedraw,
    /** A prompt's *In touch*: the contact from its short form (kind and minutes), unless a track's question needs the full form. */
    async logTouch(entry: FormEntry): Promise<LogContactResult> {
      const formOnly = await askedByTheFormOnly(deps, entry.actorId, entry.menteeIds, entry.now);
      return formOnly === undefined ? logAndRedraw(entry) : { ok: false, problems: [formOnly] };
    },
    /** Records a contact from `/mentor-checkin @mentee … <kind> [minutes]`. */
    logQuickCheckin: (entry: QuickCheckinEntry): Promise<LogContactResult> => logQuickCheckin(deps, entry),
    /** Undoes a contact (its author, within 7 days). */
    undoContact: (actorId: string, contactId: string, now: Date) => undoContact(deps, actorId, contactId, now),
    /** A prompt's *Couldn't reach*: an attempt (not a contact), and the Faculty Mentor told after two in a month with no communication. */
    recordAttempt: (entry: { readonly actorId: string; readonly menteeId: string; readonly prompt: (PostedMessage & { readonly month: string }) | undefined; readonly now: Date }) =>
      recordAttempt(deps, entry),
    /** Whom a prompt line's answer is about (its forms open for a mentor's own current mentee only), or why not. */
    prepareAnswer: (actorId: string, menteeId: string, now: Date) => prepareAnswer(deps, actorId, menteeId, now),
    /** A prompt's *Concern*: stored with its private note; the Faculty Mentor told the category, never the note. */
    raiseConcern: (entry: ConcernEntry) => raiseConcern(deps, entry),
    /** A one-line reply in a prompt's thread, logged as a contact. */
    logThreadReply: (reply: ThreadReply) => logThreadReply(deps, reply),
    /** Step of the `nudges` job: the Faculty Mentor alerts (not reached, concerns) that had to wait. */
    async sendFacultyAlerts(now: Date) {
      const unreached = await escalateUnreached(deps, now);
      const concerns = await sendConcernAlerts(deps, now);
      return { unreachedAlertsSent: unreached.sent, concernAlertsSent: concerns.sent, facultyAlertsWaiting: unreached.waitingForMorning + concerns.waitingForMorning };
    },
    /** Job `checkin-prompts`. */
    sendCheckinPrompts: (now: Date) => sendCheckinPrompts(deps, now),
    /** Per mentee, for a month (YYYY-MM) and its semester: were the rules met, and by which contacts. */
    readCompliance: (menteeIds: readonly string[], monthKey: string) => readCompliance(deps, menteeIds, monthKey),
    /** Per mentor, the minutes given in a month (YYYY-MM). */
    readMentorMinutes: (mentorIds: readonly string[], monthKey: string) => readMentorMinutes(deps, mentorIds, monthKey),
  };
}
