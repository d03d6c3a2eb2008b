/**
 * The audit trail: who did what to whose record, and when. Append-only: entries are recorded, never changed or
 * removed (not by forgetting a person, not by retention). An entry holds ids, kinds and counts, never free text.
 */

/** What is audited: exports (a kind, or one person’s record), forgetting a person, switch decisions, a look at a switch request’s private details, a dashboard sign-in, a turn of the year, a questionnaire match applied. */
export const AUDIT_ACTIONS = ['export', 'person-export', 'person-forget', 'switch-decision', 'switch-details-view', 'dashboard-sign-in', 'new-year', 'match-apply'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  readonly at: Date;
  /** Who: a Slack user id, or `cli:<os user>` for the command line. */
  readonly actor: string;
  readonly action: AuditAction;
  /** Whose record or which thing, by id (a Slack user id, a switch request id, an export kind); absent when none. */
  readonly subject?: string | undefined;
  /** A short, non-private qualifier: an export's range, a decision ("approved"), a count. Never a person's words. */
  readonly detail?: string | undefined;
}

/** The actor of a command-line run: the OS user who ran it. */
export function cliActor(user: string | undefined): string {
  return `cli:${user !== undefined && user !== '' ? user : 'unknown'}`;
}
