import type { Contact } from '../program/records/contact.js';
import type { Person } from '../program/roster.js';
import type { KnownBlock } from './blocks.js';

/**
 * The check-in questions' registry: a track adds a question of its own to the check-in form, asked about some of the
 * mentees the form offers (e.g. the pre-med track's *Was a parent or guardian present?* for a minor's first session,
 * `Feature.checkinQuestions`). The form carries whom each question was asked about; a contact naming one of them is
 * refused without an answer (a field error); the one-line `/mentor-checkin` cannot ask, so a question may refuse it
 * and point to the form. After the contact is stored, the question gets its answer.
 */
export interface CheckinQuestion {
  /** Unique among the questions; names it in the form's metadata. */
  readonly name: string;
  /** Its input block's and element's ids in the form: the answer is the selected option's value. */
  readonly blockId: string;
  readonly actionId: string;
  /** Of the mentees the form offers this mentor, the ids of those the question is asked about (empty: it is not asked). */
  about(mentorId: string, offered: readonly Person[], now: Date): Promise<readonly string[]>;
  /** The form's input block; `onlyChoice`: the form offers no one else, so Slack itself can require the answer. */
  block(aboutNames: readonly string[], onlyChoice: boolean): KnownBlock;
  /** The answer as the form returns it, or undefined when none (or an unknown one) was chosen. */
  readAnswer(value: string | undefined): string | undefined;
  /** Said under the question when a contact with one of the mentees it is about comes without an answer. */
  readonly missing: string;
  /** The one-line check-in naming these mentees of the mentor's: why it must go through the form instead, or undefined to log it. */
  refuseLine(mentorId: string, mentees: readonly Person[], now: Date): Promise<string | undefined>;
  /** After the form's contact is stored: the answer given for `about`, the mentees of the contact it was asked about. Idempotent. */
  answered(contact: Contact, about: readonly string[], answer: string, now: Date): Promise<void>;
}

/** A question as one form asked it: about whom. */
export interface AskedQuestion {
  readonly question: CheckinQuestion;
  readonly about: readonly string[];
}
