import { isInRange, type DateRange } from '../calendar.js';
import { isMeeting, type Contact } from './contact.js';

/**
 * The program's contact rules as pure functions of the ledger. Contacts count by mentee, whoever the mentor was:
 * a contact by either mentor of a group counts, and a mentee who changed group keeps the contacts of both groups.
 * Every source counts (logged, prompt, request response); undone contacts never do. Months and semesters are date
 * ranges from `calendar.ts`, compared with each contact's program date.
 */

/** Per mentee and month: did at least one communication (any kind) happen, and which contacts were they. */
export interface MonthlyStatus {
  readonly menteeId: string;
  readonly communicated: boolean;
  /** The contacts that count, oldest first. */
  readonly contacts: readonly Contact[];
}

/** Per mentee and semester: did at least one meeting (video or in person, individual or group) happen. */
export interface SemesterStatus {
  readonly menteeId: string;
  readonly met: boolean;
  /** The meetings that count, oldest first. */
  readonly meetings: readonly Contact[];
}

/** Per mentor and month: the minutes they gave (a group contact counts once, not once per mentee). */
export interface MentorMinutes {
  readonly mentorId: string;
  readonly minutes: number;
  readonly contacts: readonly Contact[];
}

/** Whether a contact counts toward the rules at all. */
export function isCounted(contact: { readonly undoneAt?: Date | undefined }): boolean {
  return contact.undoneAt === undefined;
}

function byTime(a: Contact, b: Contact): number {
  return a.date === b.date ? a.at.getTime() - b.at.getTime() : a.date < b.date ? -1 : 1;
}

/** The counted contacts with a mentee in a range, oldest first. */
export function contactsWith(menteeId: string, range: DateRange, contacts: readonly Contact[]): Contact[] {
  return contacts.filter((c) => isCounted(c) && c.menteeIds.includes(menteeId) && isInRange(c.date, range)).sort(byTime);
}

export function monthlyStatus(menteeId: string, month: DateRange, contacts: readonly Contact[]): MonthlyStatus {
  const counted = contactsWith(menteeId, month, contacts);
  return { menteeId, communicated: counted.length > 0, contacts: counted };
}

export function semesterStatus(menteeId: string, semester: DateRange, contacts: readonly Contact[]): SemesterStatus {
  const meetings = contactsWith(menteeId, semester, contacts).filter((c) => isMeeting(c.kind));
  return { menteeId, met: meetings.length > 0, meetings };
}

/** Monthly statuses of many mentees from one list of contacts (one pass over the contacts). */
export function monthlyStatuses(menteeIds: readonly string[], month: DateRange, contacts: readonly Contact[]): Map<string, MonthlyStatus> {
  const found = groupByMentee(menteeIds, month, contacts, () => true);
  return new Map(menteeIds.map((id) => {
    const list = found.get(id) ?? [];
    return [id, { menteeId: id, communicated: list.length > 0, contacts: list }];
  }));
}

/** Semester statuses of many mentees from one list of contacts (one pass over the contacts). */
export function semesterStatuses(menteeIds: readonly string[], semester: DateRange, contacts: readonly Contact[]): Map<string, SemesterStatus> {
  const found = groupByMentee(menteeIds, semester, contacts, (c) => isMeeting(c.kind));
  return new Map(menteeIds.map((id) => {
    const list = found.get(id) ?? [];
    return [id, { menteeId: id, met: list.length > 0, meetings: list }];
  }));
}

export function mentorMinutes(mentorId: string, month: DateRange, contacts: readonly Contact[]): MentorMinutes {
  const counted = contacts.filter((c) => isCounted(c) && c.mentorId === mentorId && isInRange(c.date, month)).sort(byTime);
  return { mentorId, minutes: counted.reduce((sum, c) => sum + c.minutes, 0), contacts: counted };
}

/** Minutes per mentor in a range, for the mentors given (0 for those with no contacts). */
export function minutesByMentor(mentorIds: readonly string[], month: DateRange, contacts: readonly Contact[]): Map<string, MentorMinutes> {
  const wanted = new Set(mentorIds);
  const found = new Map<string, Contact[]>();
  for (const c of contacts) {
    if (!isCounted(c) || !wanted.has(c.mentorId) || !isInRange(c.date, month)) continue;
    const list = found.get(c.mentorId);
    if (list === undefined) found.set(c.mentorId, [c]);
    else list.push(c);
  }
  return new Map(mentorIds.map((id) => {
    const list = (found.get(id) ?? []).sort(byTime);
    return [id, { mentorId: id, minutes: list.reduce((sum, c) => sum + c.minutes, 0), contacts: list }];
  }));
}

/** What the bulk rules need of a contact: whom it was with, on which program date, what kind, whether undone. */
export type ContactMark = Pick<Contact, 'menteeIds' | 'date' | 'kind'> & Partial<Pick<Contact, 'undoneAt'>>;

/**
 * The mentees with at least one counted contact in a range (only meetings when `meetingsOnly`), in one pass over the
 * contacts and without keeping them: for program-wide questions such as "who has had no communication this month".
 */
export function menteesContactedIn(range: DateRange, contacts: Iterable<ContactMark>, meetingsOnly = false): Set<string> {
  const found = new Set<string>();
  for (const c of contacts) {
    if (!isCounted(c) || !isInRange(c.date, range) || (meetingsOnly && !isMeeting(c.kind))) continue;
    for (const id of c.menteeIds) found.add(id);
  }
  return found;
}

/**
 * Every mentee's counted contacts in each of some ranges (only meetings where `meetingsOnly`), oldest first, in one sort
 * of the contacts and one pass: what `contactsWith` gives for each mentee and range, for all of them at once (digests,
 * Home, compliance exports). One map per range, in the order given.
 */
export function contactsByMentee(contacts: readonly Contact[], ranges: readonly { readonly range: DateRange; readonly meetingsOnly: boolean }[]): Map<string, Contact[]>[] {
  const found = ranges.map(() => new Map<string, Contact[]>());
  for (const c of [...contacts].sort(byTime)) {
    if (!isCounted(c)) continue;
    ranges.forEach(({ range, meetingsOnly }, i) => {
      if (!isInRange(c.date, range) || (meetingsOnly && !isMeeting(c.kind))) return;
      for (const id of menteesOf(c)) {
        const list = found[i]!.get(id);
        if (list === undefined) found[i]!.set(id, [c]);
        else list.push(c);
      }
    });
  }
  return found;
}

/** A contact's mentees, each once (a list naming someone twice counts them once). */
const menteesOf = (c: Contact): Iterable<string> => (c.menteeIds.length === 1 ? c.menteeIds : new Set(c.menteeIds));

function groupByMentee(menteeIds: readonly string[], range: DateRange, contacts: readonly Contact[], keep: (c: Contact) => boolean): Map<string, Contact[]> {
  const wanted = new Set(menteeIds);
  const found = new Map<string, Contact[]>();
  for (const c of [...contacts].sort(byTime)) {
    if (!isCounted(c) || !isInRange(c.date, range) || !keep(c)) continue;
    for (const id of menteesOf(c)) {
      if (!wanted.has(id)) continue;
      const list = found.get(id);
      if (list === undefined) found.set(id, [c]);
      else list.push(c);
    }
  }
  return found;
}
