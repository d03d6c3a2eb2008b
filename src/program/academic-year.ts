/**
 * The academic year: 1 July to 30 June, named by its two years (`2026-27`). The program's semesters (SPEC; by default
 * Fall 1 August–31 December and Spring 1 January–31 May) both lie inside one such year, and the summer break between
 * Spring's end and Fall's start holds its turn. Pure: dates are calendar dates (YYYY-MM-DD) in the program's zone.
 */

/** The month (1–12) an academic year starts in. */
export const ACADEMIC_YEAR_START_MONTH = 7;

const LABEL = /^(\d{4})-(\d{2})$/;

/** An academic year: its name and its first and last months (YYYY-MM, inclusive). */
export interface AcademicYear {
  /** `2026-27`. */
  readonly label: string;
  /** The year it starts in (2026). */
  readonly startYear: number;
  /** YYYY-MM of its first month (`2026-07`). */
  readonly firstMonth: string;
  /** YYYY-MM of its last month (`2027-06`). */
  readonly lastMonth: string;
  /** Its first day (`2026-07-01`). */
  readonly firstDay: string;
  /** Its last day (`2027-06-30`). */
  readonly lastDay: string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The academic year that starts in July of `startYear`. */
export function academicYearStartingIn(startYear: number): AcademicYear {
  const start = pad(ACADEMIC_YEAR_START_MONTH, 2);
  const end = pad(ACADEMIC_YEAR_START_MONTH - 1, 2);
  return {
    label: `${pad(startYear, 4)}-${pad((startYear + 1) % 100, 2)}`,
    startYear,
    firstMonth: `${pad(startYear, 4)}-${start}`,
    lastMonth: `${pad(startYear + 1, 4)}-${end}`,
    firstDay: `${pad(startYear, 4)}-${start}-01`,
    lastDay: `${pad(startYear + 1, 4)}-${end}-30`,
  };
}

/** The academic year a date (YYYY-MM-DD, program zone) falls in: 2026-07-01 to 2027-06-30 is `2026-27`. */
export function academicYearOf(date: string): AcademicYear {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return academicYearStartingIn(month >= ACADEMIC_YEAR_START_MONTH ? year : year - 1);
}

/** The year before. */
export function previousAcademicYear(year: AcademicYear): AcademicYear {
  return academicYearStartingIn(year.startYear - 1);
}

/**
 * The academic year a turn of the year (`/mentor-admin new-year`) run on `date` opens: the one whose July is nearest.
 * Run from January to June (after graduation, typically in May or June), the coming year; run from July to December
 * (a late turn), the year under way. So a run in June and another in August open the same year, and the second finds
 * it done.
 */
export function yearOpenedOn(date: string): AcademicYear {
  const current = academicYearOf(date);
  const month = Number(date.slice(5, 7));
  return month >= ACADEMIC_YEAR_START_MONTH ? current : academicYearStartingIn(current.startYear + 1);
}

/** Reads `2026-27` (the second year must follow the first); undefined for anything else. */
export function parseAcademicYear(text: string): AcademicYear | undefined {
  const match = LABEL.exec(text.trim());
  if (match === null) return undefined;
  const startYear = Number(match[1]);
  if (startYear < 1900 || (startYear + 1) % 100 !== Number(match[2])) return undefined;
  return academicYearStartingIn(startYear);
}
