import type { CsvCell } from '../../../program/csv.js';
import { iso } from '../../../program/export-cells.js';
import type { AuditEntry } from '../../../program/records/audit.js';

/** The audit trail's columns: when, who, what, on which record, and a short qualifier (never a person's words). */
export const AUDIT_COLUMNS = ['at', 'actor', 'action', 'subject', 'detail'] as const;

/** One row per entry, oldest first, as recorded. */
export function auditRows(entries: readonly AuditEntry[]): CsvCell[][] {
  return [...entries].sort((a, b) => a.at.getTime() - b.at.getTime()).map((e) => [iso(e.at), e.actor, e.action, e.subject, e.detail]);
}
