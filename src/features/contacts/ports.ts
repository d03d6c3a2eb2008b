import type { Contact } from '../../program/records/contact.js';
import type { ProgramMonth, ProgramSemester } from '../../program/calendar.js';
import type { PostedMessage } from '../../delivery/ports.js';
import type { ContactAttempt } from './domain/attempts.js';
import type { Concern, NewConcern } from './domain/concern.js';
import type { CheckinProblem } from './domain/checkin.js';

/** One mentee's line on a mentor's check-in prompt. */
export interface CheckinPromptMentee {
  readonly id: string;
  readonly name: string;
  /** A communication this month. */
  readonly communicated: boolean;
  /** A meeting this semester; undefined outside semesters. */
  readonly met: boolean | undefined;
  /** *Couldn't reach* answers this month (by any of the mentee's mentors, one a day each). */
  readonly attempts: number;
  /** Short notes the features add under the line (`Feature.promptNotes`, e.g. the mentee's goals). */
  readonly notes?: readonly string[];
}

export interface CheckinPrompt {
  readonly mentorId: string;
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  readonly mentees: readonly CheckinPromptMentee[];
}

/** What the contact ledger and check-in prompts say to people in Slack. */
export interface CheckinNotifier {
  /** DMs a mentor their monthly check-in prompt: each mentee's status, a button per mentee and one for a group meeting. */
  sendPrompt(prompt: CheckinPrompt): Promise<PostedMessage>;
  /** Redraws a prompt already sent, e.g. after the mentor logged a contact from it. */
  updatePrompt(message: PostedMessage, prompt: CheckinPrompt): Promise<void>;
  /** DMs the author what they logged (their private note included), with Undo. */
  confirmContact(contact: Contact): Promise<PostedMessage>;
}

/** A check-in prompt as posted: the mentor it went to and the month it is about, found by its message. */
export interface PostedPrompt extends PostedMessage {
  readonly mentorId: string;
  /** YYYY-MM */
  readonly month: string;
}

/** The prompts posted, so that a reply in a prompt's thread is known to be one (and whose, about which month). */
export interface PromptStore {
  /** Keeps a posted prompt (again is harmless). */
  save(prompt: PostedPrompt): Promise<void>;
  find(channel: string, ts: string): Promise<PostedPrompt | undefined>;
}

/** *Couldn't reach* answers: at most one per mentor, mentee and day (a second click that day is the same attempt). */
export interface AttemptStore {
  record(attempt: ContactAttempt): Promise<{ readonly created: boolean }>;
  /** Attempts dated from `fromDate` to `toDate` (YYYY-MM-DD, both included), of these mentees or of everyone. */
  findBetween(fromDate: string, toDate: string, menteeIds?: readonly string[]): Promise<ContactAttempt[]>;
}

/** Mentors' concerns, each stored once per form. */
export interface ConcernStore {
  record(concern: NewConcern): Promise<{ readonly concern: Concern; readonly created: boolean }>;
  /** Concerns dated from `fromDate` to `toDate` (YYYY-MM-DD, both included), oldest first. */
  findBetween(fromDate: string, toDate: string): Promise<Concern[]>;
}

/** What the prompt's answers say in Slack besides the prompt: to Faculty Mentors (names and categories, never a note), and in a prompt's thread. */
export interface PromptAnswerNotifier {
  /** DMs a Faculty Mentor that a mentee of their cohort was not reached this month: the mentee's name, nothing more. */
  tellUnreached(facultyId: string, mentee: { readonly id: string; readonly name: string }): Promise<PostedMessage>;
  /** DMs a Faculty Mentor that a mentor raised a concern about a mentee: who, who, and the category; never the note. */
  tellConcern(facultyId: string, concern: Pick<Concern, 'mentorId' | 'menteeId' | 'category'>): Promise<PostedMessage>;
  /** Answers a one-line reply in a prompt's thread: what was logged, with Undo. */
  confirmReply(thread: PostedMessage, contact: Contact): Promise<PostedMessage>;
  /** Answers a reply in a prompt's thread that logged nothing: the one-line grammar, or what the roster refused. */
  refuseReply(thread: PostedMessage, problems: readonly CheckinProblem[]): Promise<PostedMessage>;
}
