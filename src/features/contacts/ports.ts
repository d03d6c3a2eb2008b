import type { Contact } from '../../program/records/contact.js';
import type { ProgramMonth, ProgramSemester } from '../../program/calendar.js';
import type { PostedMessage } from '../../delivery/ports.js';

/** One mentee's line on a mentor's check-in prompt. */
export interface CheckinPromptMentee {
  readonly id: string;
  readonly name: string;
  /** A communication this month. */
  readonly communicated: boolean;
  /** A meeting this semester; undefined outside semesters. */
  readonly met: boolean | undefined;
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
