import type { Group, GroupKind, GroupRole, Membership, Person } from '../../../program/roster.js';
import { COHORT_GROUPS } from '../../../program/tracks.js';
import type { RosterWarning } from './roster-import.js';

/** The cohort track's sizes (SPEC §1, declared in program/tracks.ts): a cohort has 12–15 mentees. */
export const COHORT_MENTEES = COHORT_GROUPS.mentees;

/** A group's members by role: people, or references to them. */
export interface GroupByRole<M> {
  readonly name: string;
  readonly kind: GroupKind;
  readonly faculty: readonly M[];
  readonly peerMentors: readonly M[];
  readonly mentees: readonly M[];
}

export type GroupComposition = GroupByRole<Person>;

export interface GroupFinding {
  readonly group: string;
  /** `error`: the import is refused; `warning`: it goes ahead. */
  readonly severity: 'error' | 'warning';
  /** Which role's rows the finding is about (where to point in the file). */
  readonly role: GroupRole;
  readonly message: string;
}

const names = (people: readonly Person[]) => people.map((p) => p.name).join(', ');

/**
 * The program's rules for a group's make-up: a cohort has one faculty mentor and one or two peer mentors (a Pair is
 * one year-3 and one year-4 student) and 12–15 mentees; the MD/PhD group needs peer mentors for its mentees.
 */
export function checkGroupComposition(group: GroupComposition): GroupFinding[] {
  const out: GroupFinding[] = [];
  const finding = (severity: GroupFinding['severity'], role: GroupRole, message: string) => out.push({ group: group.name, severity, role, message });
  if (group.kind === 'mdphd') {
    if (group.mentees.length > 0 && group.peerMentors.length === 0) {
      finding('warning', 'peer_mentor', `${group.name} has ${group.mentees.length} MD/PhD mentee(s) but no MD/PhD peer mentor.`);
    }
    return out;
  }
  const shape = COHORT_GROUPS;
  if (group.faculty.length < shape.faculty.min) {
    finding('error', 'faculty', `${group.name} has no faculty mentor: add a row with role faculty and group ${group.name}.`);
  } else if (group.faculty.length > shape.faculty.max) {
    finding('error', 'faculty', `${group.name} would have ${group.faculty.length} faculty mentors (${names(group.faculty)}); a cohort has one.`);
  }
  if (group.peerMentors.length < shape.peerMentors.min) {
    finding('error', 'peer_mentor', `${group.name} has no peer mentor: a cohort has one or two (a Pair).`);
  } else if (group.peerMentors.length > shape.peerMentors.max) {
    finding('error', 'peer_mentor', `${group.name} would have ${group.peerMentors.length} peer mentors (${names(group.peerMentors)}); a cohort has one or two (a Pair).`);
  } else if (group.peerMentors.length === 1) {
    finding('warning', 'peer_mentor', `${group.name} has one peer mentor (${names(group.peerMentors)}), not a Pair of a year-3 and a year-4 student.`);
  } else {
    const years = group.peerMentors.map((p) => p.year).sort();
    if (years[0] !== shape.peerMentors.pairYears[0] || years[1] !== shape.peerMentors.pairYears[1]) {
      finding('warning', 'peer_mentor', `${group.name}’s Pair (${names(group.peerMentors)}) is not one year-3 and one year-4 student.`);
    }
  }
  if (group.mentees.length < COHORT_MENTEES.min || group.mentees.length > COHORT_MENTEES.max) {
    finding('warning', 'mentee', `${group.name} has ${group.mentees.length} mentee(s); the program expects ${COHORT_MENTEES.min} to ${COHORT_MENTEES.max}.`);
  }
  return out;
}

/** The make-up of every active group with members, from current memberships. */
export function composeGroups(groups: readonly Group[], memberships: readonly Membership[], people: readonly Person[]): GroupComposition[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  return groups
    .filter((g) => g.active)
    .map((g) => {
      const members = (role: GroupRole) =>
        memberships.filter((m) => m.groupId === g.id && m.role === role && m.to === undefined).flatMap((m) => {
          const p = byId.get(m.personId);
          return p !== undefined && p.active ? [p] : [];
        });
      return { name: g.name, kind: g.kind, faculty: members('faculty'), peerMentors: members('peer_mentor'), mentees: members('mentee') };
    })
    .filter((c) => c.faculty.length + c.peerMentors.length + c.mentees.length > 0);
}

/** Roster warnings for the stored roster (for `/mentor-admin status`): every finding, whatever its severity at import. */
export function rosterWarnings(groups: readonly Group[], memberships: readonly Membership[], people: readonly Person[]): RosterWarning[] {
  return composeGroups(groups, memberships, people)
    .flatMap(checkGroupComposition)
    .map((f) => ({ group: f.group, line: undefined, message: f.message }));
}
