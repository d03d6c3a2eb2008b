import { isMeeting, type Contact } from '../../../program/records/contact.js';
import type { RequestFacts } from '../../../program/records/request.js';
import type { Membership } from '../../../program/roster.js';

/** A graduating mentor's year in counts (never a note or a request's words): what their thank-you DM tells them. */
export interface ServiceRecord {
  /** Mentees they mentored: in one of their groups while they were in it, during the year. */
  readonly mentees: number;
  /** Contacts they logged or that were recorded for them (every kind counts). */
  readonly communications: number;
  /** Of those, meetings (video or in person). */
  readonly meetings: number;
  /** Requests for help they answered first, and how many of those before the deadline. */
  readonly requestsAnswered: number;
  readonly requestsOnTime: number;
  readonly minutes: number;
}

export interface ServiceInput {
  /** Memberships overlapping the year (open or closed). */
  readonly memberships: readonly Membership[];
  /** The mentors' contacts (not undone) in the year. */
  readonly contacts: readonly Contact[];
  /** Requests sent in the year. */
  readonly requests: readonly RequestFacts[];
  /** The year, as instants: [start, end). */
  readonly start: Date;
  readonly end: Date;
}

const later = (a: Date, b: Date) => (a.getTime() > b.getTime() ? a : b);
const earlier = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

/** Each mentor's service record over the year, from the ledgers read in bulk. */
export function serviceRecords(mentorIds: readonly string[], input: ServiceInput): Map<string, ServiceRecord> {
  const within = (m: Membership) => ({ from: later(m.from, input.start), to: earlier(m.to ?? input.end, input.end) });
  const menteesByGroup = new Map<string, Membership[]>();
  for (const m of input.memberships) if (m.role === 'mentee') menteesByGroup.set(m.groupId, [...(menteesByGroup.get(m.groupId) ?? []), m]);
  const out = new Map<string, ServiceRecord>();
  for (const mentorId of mentorIds) {
    const mentees = new Set<string>();
    for (const served of input.memberships.filter((m) => m.personId === mentorId && m.role === 'peer_mentor')) {
      const s = within(served);
      for (const mentee of menteesByGroup.get(served.groupId) ?? []) {
        const e = within(mentee);
        if (mentee.personId !== mentorId && later(s.from, e.from).getTime() < earlier(s.to, e.to).getTime()) mentees.add(mentee.personId);
      }
    }
    const contacts = input.contacts.filter((c) => c.mentorId === mentorId);
    const answered = input.requests.filter((r) => r.respondedBy === mentorId && r.respondedAt !== undefined);
    out.set(mentorId, {
      mentees: mentees.size,
      communications: contacts.length,
      meetings: contacts.filter((c) => isMeeting(c.kind)).length,
      requestsAnswered: answered.length,
      requestsOnTime: answered.filter((r) => r.respondedAt!.getTime() <= r.deadline.getTime()).length,
      minutes: contacts.reduce((sum, c) => sum + c.minutes, 0),
    });
  }
  return out;
}
