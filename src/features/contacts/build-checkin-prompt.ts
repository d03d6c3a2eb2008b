import { isInRange, programMonth, semesterOf, spanOf, type DateRange, type ProgramCalendar } from '../../program/calendar.js';
import { monthlyStatuses, semesterStatuses } from '../../program/records/compliance.js';
import type { Contact } from '../../program/records/contact.js';
import type { Person } from '../../program/roster.js';
import { readPromptNotes, type PromptNotes } from '../../slack/prompt-notes.js';
import type { CheckinPrompt } from './ports.js';
import type { ContactAttempt } from './domain/attempts.js';

/** The dates whose contacts a prompt for `monthKey` needs: the month, and the semester its first day is in. */
export function promptRange(monthKey: string, calendar: ProgramCalendar): DateRange {
  const month = programMonth(monthKey, calendar);
  const semester = semesterOf(month.from, calendar);
  return semester === undefined ? month : spanOf([month, semester]);
}

/** A mentor's prompt for a month: each mentee with this month's and this semester's status, from the ledger, and this month's tries to reach them. */
export function buildCheckinPrompt(
  mentorId: string,
  mentees: readonly Person[],
  monthKey: string,
  calendar: ProgramCalendar,
  contacts: readonly Contact[],
  attempts: readonly Pick<ContactAttempt, 'menteeId' | 'date'>[] = [],
): CheckinPrompt {
  const month = programMonth(monthKey, calendar);
  const semester = semesterOf(month.from, calendar);
  const ids = mentees.map((m) => m.id);
  const monthly = monthlyStatuses(ids, month, contacts);
  const meetings = semester === undefined ? undefined : semesterStatuses(ids, semester, contacts);
  const tries = (menteeId: string) => attempts.filter((a) => a.menteeId === menteeId && isInRange(a.date, month)).length;
  return {
    mentorId,
    month,
    semester,
    mentees: mentees.map((m) => ({
      id: m.id,
      name: m.name,
      communicated: monthly.get(m.id)?.communicated ?? false,
      met: meetings === undefined ? undefined : (meetings.get(m.id)?.met ?? false),
      attempts: tries(m.id),
    })),
  };
}

/** The prompt with the notes the features add under its mentees' lines (none when no feature adds any). */
export async function withPromptNotes(prompt: CheckinPrompt, sources: readonly PromptNotes[], now: Date): Promise<CheckinPrompt> {
  const notes = await readPromptNotes(sources, prompt.mentorId, prompt.mentees.map((m) => m.id), now);
  return notes.size === 0 ? prompt : { ...prompt, mentees: prompt.mentees.map((m) => (notes.has(m.id) ? { ...m, notes: notes.get(m.id)! } : m)) };
}
