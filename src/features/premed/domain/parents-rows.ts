import type { CsvCell } from '../../../program/csv.js';

/**
 * The `parents` export, for the coordinators to pass on (the app never e-mails anyone): one row per mentee under 18,
 * with their parent's or guardian's contact and their mentor's name and e-mail. A minor with no mentor yet leaves the
 * mentor's cells blank. Adults are never listed.
 */
export const PARENTS_COLUMNS = ['mentee', 'parent_name', 'parent_email', 'parent_phone', 'mentor', 'mentor_email'] as const;

export interface ParentContact {
  readonly name: string;
  readonly email: string | undefined;
  readonly phone: string | undefined;
}

/** A pre-med mentee as the export reads them. */
export interface ParentsRowSource {
  readonly menteeId: string;
  readonly menteeName: string;
  /** Under 18 today. */
  readonly minor: boolean;
  /** As the roster gives it (required for minors at import). */
  readonly parent: ParentContact | undefined;
  /** Their current mentor, if any. */
  readonly mentor: { readonly name: string; readonly email: string | undefined } | undefined;
}

const names = new Intl.Collator('en');

/** The rows, by mentee name. */
export function parentsRows(mentees: readonly ParentsRowSource[]): CsvCell[][] {
  return mentees
    .filter((m) => m.minor)
    .sort((a, b) => names.compare(a.menteeName, b.menteeName) || (a.menteeId < b.menteeId ? -1 : 1))
    .map((m) => [m.menteeName, m.parent?.name, m.parent?.email, m.parent?.phone, m.mentor?.name, m.mentor?.email]);
}
