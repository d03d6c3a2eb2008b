import { isCounted } from '../../../program/records/compliance.js';
import type { Contact } from '../../../program/records/contact.js';

/**
 * A parent or guardian attends a minor's first session. The first contact a mentor logs with a mentee under 18 asks
 * *Was a parent or guardian present?*, and the answer is required; a *no* tells the coordinators (names only). "First"
 * is per pair: a mentor who has logged no counted contact with that minor yet (a new mentor after a change asks again).
 * Only what the mentor logs counts (the check-in form, a check-in prompt), not a reply to a request in Slack; an undone
 * contact does not count, so undoing the first one asks again on the next.
 */

export const PARENT_ANSWERS = ['yes', 'no'] as const;
export type ParentAnswer = (typeof PARENT_ANSWERS)[number];

/** What the rule needs of a contact from the ledger. */
export type FirstContactMark = Pick<Contact, 'mentorId' | 'menteeIds' | 'source'> & Partial<Pick<Contact, 'undoneAt'>>;

const isSession = (c: FirstContactMark) => isCounted(c) && c.source !== 'request_response';

/** True when a contact this mentor logs now with this mentee would be their first with a minor. */
export function isFirstContactWithMinor(mentorId: string, mentee: { readonly id: string; readonly minor: boolean }, contacts: Iterable<FirstContactMark>): boolean {
  if (!mentee.minor) return false;
  for (const c of contacts) if (isSession(c) && c.mentorId === mentorId && c.menteeIds.includes(mentee.id)) return false;
  return true;
}

/**
 * Of the mentees a mentor may log a contact with, the minors with whom it would be the first: the form asks the parent
 * question when it offers any of them. In one pass over the mentor's contacts.
 */
export function minorsAwaitingFirstContact(mentorId: string, mentees: readonly { readonly id: string; readonly minor: boolean }[], contacts: Iterable<FirstContactMark>): string[] {
  const minors = new Set(mentees.filter((m) => m.minor).map((m) => m.id));
  for (const c of contacts) {
    if (minors.size === 0) break;
    if (!isSession(c) || c.mentorId !== mentorId) continue;
    for (const id of c.menteeIds) minors.delete(id);
  }
  return mentees.filter((m) => minors.has(m.id)).map((m) => m.id);
}

/** What the check-in form asks about a parent: of whom (the minors it would be the first contact with), and whether they are all it offers. */
export interface ParentQuestion {
  readonly minorIds: readonly string[];
  /** The form offers no one else, so the answer can be required by Slack itself. */
  readonly onlyChoice: boolean;
}

/** The parent question a mentor's check-in form carries, or undefined when it offers no minor awaiting a first contact. */
export function parentQuestionFor(mentorId: string, offered: readonly { readonly id: string; readonly minor: boolean }[], contacts: Iterable<FirstContactMark>): ParentQuestion | undefined {
  const minorIds = minorsAwaitingFirstContact(mentorId, offered, contacts);
  return minorIds.length === 0 ? undefined : { minorIds, onlyChoice: offered.every((m) => minorIds.includes(m.id)) };
}

/** Why a submission must be refused: it logs a first contact with a minor and does not say whether a parent was there. */
export type ParentAnswerProblem = 'parent-answer-missing';

/**
 * The check of a submitted contact: `chosen` are the mentees it names, `awaiting` those with whom it is the first
 * contact with a minor, `answer` what the form says (undefined when left blank).
 */
export function checkParentAnswer(chosen: readonly string[], awaiting: readonly string[], answer: ParentAnswer | undefined): ParentAnswerProblem | undefined {
  return answer === undefined && chosen.some((id) => awaiting.includes(id)) ? 'parent-answer-missing' : undefined;
}

/** The answer as the form returns it (a radio button's value), or undefined when none was chosen or it is unknown. */
export function readParentAnswer(value: string | null | undefined): ParentAnswer | undefined {
  return (PARENT_ANSWERS as readonly string[]).includes(value ?? '') ? (value as ParentAnswer) : undefined;
}

/** A first session with a minor as recorded: who, when (program date), and whether a parent or guardian was there. */
export interface FirstSession {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly date: string;
  readonly parentPresent: boolean;
}

/** Whether the coordinators are told of a first session: only when no parent or guardian was there. */
export const tellsCoordinators = (session: Pick<FirstSession, 'parentPresent'>) => !session.parentPresent;

/**
 * The claim key of the coordinators' DM about a first session without a parent: one per pair and coordinator, so a
 * repeated submission, a retried event or a rerun tells each coordinator once. Sent through the shared send path
 * (`deliverOnce`, with the coordinator's zone), so it also waits out their quiet hours.
 */
export const noParentAlertKey = (session: Pick<FirstSession, 'mentorId' | 'menteeId'>, coordinatorId: string) =>
  `premed-no-parent:${session.mentorId}:${session.menteeId}:${coordinatorId}`;
