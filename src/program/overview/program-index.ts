import type { ProgramMonth, ProgramSemester } from '../calendar.js';
import { contactsByMentee } from '../records/compliance.js';
import type { Contact } from '../records/contact.js';
import type { Membership } from '../roster.js';
import type { ProgramState } from './program-state.js';
import { positionsBy, type Positions } from '../positions.js';

/**
 * A program's state grouped once by group, mentee and mentor, so that the digest of any groups costs what those
 * groups hold rather than what the whole program holds: a program digest (a line per group) and a weekly run (a
 * digest per Faculty Mentor) stay linear in the program's size. Lists keep the state's order, so that every
 * digest built through the index is the one built from the state directly.
 */
export interface ProgramIndex {
  /** The program month and semester the contacts were grouped for. */
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  /** Current memberships, by group. */
  readonly memberships: ReadonlyMap<string, readonly Membership[]>;
  /** Each mentee's counted contacts this month, oldest first. */
  readonly monthly: ReadonlyMap<string, readonly Contact[]>;
  /** Each mentee's counted meetings this semester, oldest first (none outside semesters). */
  readonly meetings: ReadonlyMap<string, readonly Contact[]>;
  /** Positions in `state.requests`, by mentee. */
  readonly requests: Positions;
  /** Positions in `state.pulses` of this month's answers, by mentee. */
  readonly pulses: Positions;
  /** Positions in `state.away`, by mentor. */
  readonly away: Positions;
}

/** The state grouped for the program month and semester given (those of `now` in the program's calendar). */
export function indexProgram(state: ProgramState, periods: { readonly month: ProgramMonth; readonly semester: ProgramSemester | undefined }): ProgramIndex {
  const { month, semester } = periods;
  const [monthly, meetings] = contactsByMentee(state.contacts, [
    { range: month, meetingsOnly: false },
    ...(semester === undefined ? [] : [{ range: semester, meetingsOnly: true }]),
  ]) as [Map<string, Contact[]>, Map<string, Contact[]>?];
  return {
    month,
    semester,
    memberships: positionsToLists(state.memberships, positionsBy(state.memberships, (m) => m.groupId, (m) => m.to === undefined)),
    monthly,
    meetings: meetings ?? new Map(),
    requests: positionsBy(state.requests, (r) => r.menteeId),
    pulses: positionsBy(state.pulses, (p) => p.menteeId, (p) => p.month === month.key),
    away: positionsBy(state.away, (w) => w.mentorId),
  };
}

function positionsToLists<T>(items: readonly T[], positions: Positions): Map<string, T[]> {
  return new Map([...positions].map(([key, at]) => [key, at.map((i) => items[i]!)]));
}
