import { dateInZone, isoWeekOf, type IsoWeek } from '../calendar-date.js';
import { programDateOf, programMonthOf, semesterOf, type ProgramCalendar, type ProgramMonth, type ProgramSemester } from '../calendar.js';
import type { RequestTopics } from '../request-topics.js';

export interface DigestSettings {
  readonly calendar: ProgramCalendar;
  /** The reader's time zone: their week (Monday to Sunday) and what "this week" means. */
  readonly zone: string;
  /** The tracks' request topics: which are about well-being (the program's alone when unset). */
  readonly requestTopics?: RequestTopics;
}

/** The current program month and semester (counted in the program's zone) and the reader's week. */
export function periodsOf(now: Date, settings: DigestSettings): { month: ProgramMonth; semester: ProgramSemester | undefined; week: IsoWeek; today: string } {
  const date = programDateOf(now, settings.calendar);
  const today = dateInZone(now, settings.zone);
  return { month: programMonthOf(date, settings.calendar), semester: semesterOf(date, settings.calendar), week: isoWeekOf(today), today };
}
