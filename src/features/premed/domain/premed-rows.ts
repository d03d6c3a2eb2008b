import { isCalendarDate } from '../../../program/calendar-date.js';
import type { ImportedTrackRow, TrackRow, TrackRowProblem } from '../../../program/tracks.js';
import { isMinorOn } from './premed-age.js';
import { PREMED_LEVELS, PREMED_MENTOR_TYPES, type PremedLevel, type PremedMentorType, type PremedProfile } from './premed-profile.js';

/** The roster columns of the pre-med track's own. */
export const PREMED_COLUMNS = ['level', 'birth_date', 'parent_name', 'parent_email', 'parent_phone', 'parent_consent', 'mentor_type'] as const;

const YES = ['yes', 'y', 'true', '1'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone number as people write one: digits with spaces, dots, dashes, brackets, a leading +; 7 to 15 digits. */
const PHONE = /^\+?[\d\s().-]+$/;
const digits = (text: string) => text.replace(/\D/g, '').length;

/**
 * One pre-med row's own rules. A mentee: `level` and `birth_date`; under 18 on `today` (the import date), also
 * `parent_name`, `parent_email` or `parent_phone`, and `parent_consent=yes`. A peer mentor: `mentor_type`.
 */
export function checkPremedRow(row: TrackRow, today: string): TrackRowProblem[] {
  const out: TrackRowProblem[] = [];
  const cell = (c: string) => row.cells[c];
  const email = cell('parent_email');
  const phone = cell('parent_phone');
  if (row.role === 'peer_mentor') {
    const type = cell('mentor_type')?.toLowerCase();
    if (type === undefined) out.push({ column: 'mentor_type', reason: 'a pre-med peer mentor’s mentor_type (physician or medical_student) is required' });
    else if (!(PREMED_MENTOR_TYPES as readonly string[]).includes(type)) out.push({ column: 'mentor_type', reason: 'expected physician or medical_student' });
  }
  if (row.role !== 'mentee') return out;
  // A parent's contact is read on mentees' rows only.
  const level = cell('level')?.toLowerCase();
  if (level === undefined) out.push({ column: 'level', reason: 'a pre-med mentee’s level (high_school or college) is required' });
  else if (!(PREMED_LEVELS as readonly string[]).includes(level)) out.push({ column: 'level', reason: 'expected high_school or college' });
  if (email !== undefined && !EMAIL.test(email)) out.push({ column: 'parent_email', reason: 'expected an e-mail address such as sam.lee@example.com' });
  if (phone !== undefined && (!PHONE.test(phone) || digits(phone) < 7 || digits(phone) > 15)) out.push({ column: 'parent_phone', reason: 'expected a phone number such as +1 312 555 0100' });
  const birth = cell('birth_date');
  if (birth === undefined) return [...out, { column: 'birth_date', reason: 'a pre-med mentee’s birth_date (YYYY-MM-DD) is required' }];
  if (!isCalendarDate(birth)) return [...out, { column: 'birth_date', reason: 'expected a date written YYYY-MM-DD, such as 2009-04-17' }];
  if (birth > today) return [...out, { column: 'birth_date', reason: `${birth} is after today (${today})` }];
  if (!isMinorOn(birth, today)) return out;
  const minor = 'the mentee is under 18 today';
  if (cell('parent_name') === undefined) out.push({ column: 'parent_name', reason: `${minor}: a parent’s or guardian’s name is required` });
  if (email === undefined && phone === undefined) out.push({ column: 'parent_email', reason: `${minor}: give the parent’s or guardian’s parent_email or parent_phone (or both)` });
  if (!YES.includes(cell('parent_consent')?.toLowerCase() ?? '')) out.push({ column: 'parent_consent', reason: `${minor}: parent_consent must be yes (the parent’s or guardian’s consent, on file)` });
  return out;
}

const groupKeyOf = (name: string) => name.trim().toLowerCase();

/** Each pre-med group is one pair: exactly one peer mentor and one mentee; and a mentee is in one pair only. */
export function checkPremedGroups(rows: readonly TrackRow[]): (TrackRowProblem & { line: number })[] {
  const out: (TrackRowProblem & { line: number })[] = [];
  const groups = new Map<string, { name: string; line: number; mentors: Map<string, number>; mentees: Map<string, number> }>();
  const pairOfMentee = new Map<string, { name: string; line: number }>();
  for (const r of rows) {
    if (r.group === undefined || (r.role !== 'mentee' && r.role !== 'peer_mentor')) continue;
    const key = groupKeyOf(r.group);
    const g = groups.get(key) ?? { name: r.group, line: r.line, mentors: new Map(), mentees: new Map() };
    groups.set(key, g);
    const side = r.role === 'mentee' ? g.mentees : g.mentors;
    if (!side.has(r.who)) side.set(r.who, r.line);
    if (r.role === 'mentee') {
      const before = pairOfMentee.get(r.who);
      if (before !== undefined && groupKeyOf(before.name) !== key) {
        out.push({ line: r.line, column: 'group', reason: `this mentee is already in the pre-med pair ${before.name} (line ${before.line}); a pre-med mentee has one mentor` });
      } else pairOfMentee.set(r.who, { name: r.group, line: r.line });
    }
  }
  for (const g of groups.values()) {
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    if (g.mentors.size !== 1 || g.mentees.size !== 1) {
      const lines = [...g.mentors.values(), ...g.mentees.values()].sort((a, b) => a - b);
      out.push({
        line: g.line,
        column: 'group',
        reason: `the pre-med pair ${g.name} has ${count(g.mentors.size, 'peer mentor')} and ${count(g.mentees.size, 'mentee')} (line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}): each pre-med group is one peer mentor and one mentee`,
      });
    }
  }
  return out;
}

/** What an import's pre-med rows say: each person's profile, and each pair (by group key) with its name. */
export interface PremedRoster {
  readonly profiles: readonly PremedProfile[];
  readonly pairs: readonly { readonly key: string; readonly name: string; readonly mentorId: string; readonly menteeId: string }[];
}

/** Reads the pre-med rows of an import (already checked by the rules above) into profiles and pairs. */
export function readPremedRoster(rows: readonly ImportedTrackRow[]): PremedRoster {
  const profiles = new Map<string, PremedProfile>();
  const pairs = new Map<string, { key: string; name: string; mentorId?: string; menteeId?: string }>();
  for (const r of rows) {
    const cell = (c: string) => r.cells[c];
    if (r.role === 'mentee') {
      const name = cell('parent_name');
      const [email, phone] = [cell('parent_email'), cell('parent_phone')];
      const parent = name !== undefined || email !== undefined || phone !== undefined ? { name: name ?? '', email, phone, consent: YES.includes(cell('parent_consent')?.toLowerCase() ?? '') } : undefined;
      profiles.set(r.personId, { personId: r.personId, role: 'mentee', level: cell('level')!.toLowerCase() as PremedLevel, birthDate: cell('birth_date')!, parent });
    } else if (r.role === 'peer_mentor') {
      profiles.set(r.personId, { personId: r.personId, role: 'peer_mentor', mentorType: cell('mentor_type')!.toLowerCase() as PremedMentorType });
    } else continue;
    const key = groupKeyOf(r.group!);
    const pair = pairs.get(key) ?? { key, name: r.group!.trim() };
    pairs.set(key, r.role === 'mentee' ? { ...pair, menteeId: r.personId } : { ...pair, mentorId: r.personId });
  }
  return {
    profiles: [...profiles.values()],
    pairs: [...pairs.values()].flatMap((p) => (p.mentorId !== undefined && p.menteeId !== undefined ? [{ key: p.key, name: p.name, mentorId: p.mentorId, menteeId: p.menteeId }] : [])),
  };
}
