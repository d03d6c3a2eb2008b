import type { Config } from '../../config/env.js';
import type { ContactStore } from '../../program/ports.js';
import { programMonth, semesterOf, spanOf, type ProgramMonth, type ProgramSemester } from '../../program/calendar.js';
import { minutesByMentor, monthlyStatuses, semesterStatuses, type MentorMinutes, type MonthlyStatus, type SemesterStatus } from '../../program/records/compliance.js';

export interface ComplianceReport {
  readonly month: ProgramMonth;
  /** The semester the month starts in; undefined for a month outside semesters. */
  readonly semester: ProgramSemester | undefined;
  /** Per mentee: a communication this month, and by which contacts. */
  readonly monthly: ReadonlyMap<string, MonthlyStatus>;
  /** Per mentee: a meeting this semester, and which (empty when there is no semester). */
  readonly semesterly: ReadonlyMap<string, SemesterStatus>;
}

/**
 * Whether the program's rules were met for these mentees in a month (YYYY-MM) and its semester, and by which
 * contacts, whoever the mentor was. One query for the contacts, whatever the number of mentees (for nudges, digests).
 */
export async function readCompliance(deps: { readonly config: Config; readonly contacts: ContactStore }, menteeIds: readonly string[], monthKey: string): Promise<ComplianceReport> {
  const { calendar } = deps.config;
  const month = programMonth(monthKey, calendar);
  const semester = semesterOf(month.from, calendar);
  const range = semester === undefined ? month : spanOf([month, semester]);
  const contacts = menteeIds.length === 0 ? [] : await deps.contacts.findForMentees(menteeIds, range.from, range.to);
  return {
    month,
    semester,
    monthly: monthlyStatuses(menteeIds, month, contacts),
    semesterly: semester === undefined ? new Map() : semesterStatuses(menteeIds, semester, contacts),
  };
}

/** The minutes each mentor gave in a month (YYYY-MM), for programs with an hours rule. One query for the contacts. */
export async function readMentorMinutes(deps: { readonly config: Config; readonly contacts: ContactStore }, mentorIds: readonly string[], monthKey: string): Promise<ReadonlyMap<string, MentorMinutes>> {
  const month = programMonth(monthKey, deps.config.calendar);
  const contacts = mentorIds.length === 0 ? [] : await deps.contacts.findByMentors(mentorIds, month.from, month.to);
  return minutesByMentor(mentorIds, month, contacts);
}
