/** A contact between a mentor and one or more mentees: what the program's contact rules count. */

export const CONTACT_KINDS = ['slack', 'text', 'call', 'email', 'video', 'in_person'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Video and in-person contacts are meetings; every kind is a communication. */
export const MEETING_KINDS: readonly ContactKind[] = ['video', 'in_person'];

export function isMeeting(kind: ContactKind): boolean {
  return MEETING_KINDS.includes(kind);
}

/** Where a contact came from: logged by the mentor, from a check-in prompt, or a mentor's response to a request. */
export type ContactSource = 'logged' | 'prompt' | 'request_response';

export interface Contact {
  readonly id: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  /** When it happened. */
  readonly at: Date;
  /** The calendar date it happened on, in the program's time zone (YYYY-MM-DD): months and semesters count by it. */
  readonly date: string;
  readonly kind: ContactKind;
  /** A group contact (several mentees at once) rather than an individual one. */
  readonly group: boolean;
  readonly minutes: number;
  /** Private: seen only by its author, never logged, exported or shown to others. */
  readonly note: string | undefined;
  readonly source: ContactSource;
  /** Unique per contact: what makes a repeated submission, retried event or rerun store it once. */
  readonly sourceKey: string;
  readonly createdAt: Date;
  /** Set when the author undid it: it no longer counts. */
  readonly undoneAt: Date | undefined;
}

export type NewContact = Omit<Contact, 'id' | 'undoneAt'>;
