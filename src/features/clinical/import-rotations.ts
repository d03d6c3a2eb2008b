import { LOCK_LEASE_MS, type ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore, SlackDirectory } from '../../program/ports.js';
import { emailsToLookUp, planRotationsImport, sortFileErrors, type FileError, type RotationsPlan } from './domain/plan-rotations-import.js';
import type { RotationStore } from './ports.js';
import { readRotationsFile, type RotationsFile } from './read-rotations-file.js';

export interface ImportRotationsInput {
  readonly csv: string;
  /** Plan and report, write nothing. */
  readonly dryRun: boolean;
}

export interface RotationsSummary {
  readonly rows: number;
  /** People the file names. */
  readonly people: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Rotations of the people in the file that it no longer lists. */
  readonly removed: number;
}

export type ImportRotationsOutcome =
  /** Some rows are bad: nothing changed; every problem with its line and column. */
  | { readonly status: 'refused'; readonly errors: readonly FileError[]; readonly ignoredColumns: readonly string[] }
  /** Slack could not be asked whose e-mail addresses the file gives (after its retries): nothing changed; try again later. */
  | { readonly status: 'slack_unavailable' }
  /** Another rotations import is running: nothing changed. */
  | { readonly status: 'already_running'; readonly since: Date }
  | { readonly status: 'imported' | 'dry_run'; readonly summary: RotationsSummary; readonly ignoredColumns: readonly string[] };

export interface ImportRotationsDeps {
  readonly roster: Pick<RosterStore, 'findPeople'>;
  readonly rotations: RotationStore;
  /** Finds people given by an e-mail address the roster does not hold (users.lookupByEmail), as the roster import does. */
  readonly directory: Pick<SlackDirectory, 'findByEmails'>;
  readonly claims: Pick<ClaimStore, 'claim' | 'drop' | 'find'>;
  readonly logger: Logger;
}

/** The claim a rotations import holds from reading what is stored to writing it: one at a time, on any instance. */
export const ROTATIONS_IMPORT_LOCK = 'rotations-import';

/**
 * Imports a rotations file, all or nothing: every row is checked, people are found on the roster (by Slack id or
 * e-mail), and the changes are written in bulk only when no row is bad. Each person the file names gets exactly its
 * rotations; the same file twice changes nothing. `by`: the admin's Slack id, undefined on the command line.
 */
export async function importRotations(deps: ImportRotationsDeps, input: ImportRotationsInput, by: string | undefined): Promise<ImportRotationsOutcome> {
  const file = readRotationsFile(input.csv);
  // A dry run, or a file with bad cells, writes nothing: neither takes the lock. A bad file is still checked against
  // the roster, so that every bad line is listed at once.
  if (input.dryRun || file.errors.length > 0) return planAndApply(deps, file, { ...input, dryRun: true });
  const lease = await deps.claims.claim(ROTATIONS_IMPORT_LOCK, { leaseMs: LOCK_LEASE_MS, holder: { by: by ?? 'command line' } });
  if (lease === undefined) {
    const held = await deps.claims.find(ROTATIONS_IMPORT_LOCK);
    // No holder: the store takes no claim (the app is stopping), or the holder let go just now. Either way, try again.
    if (held === undefined) throw new Error('the rotations import lock could not be taken; nothing was imported');
    return { status: 'already_running', since: held.claimedAt };
  }
  try {
    return await planAndApply(deps, file, input);
  } finally {
    await deps.claims.drop(lease);
  }
}

async function planAndApply(deps: ImportRotationsDeps, file: RotationsFile, input: ImportRotationsInput): Promise<ImportRotationsOutcome> {
  const { rows, ignoredColumns } = file;
  const [people, rotations] = await Promise.all([deps.roster.findPeople(), deps.rotations.findRotations()]);
  const emails = emailsToLookUp(rows, people);
  let idsByEmail = new Map<string, string | undefined>();
  try {
    if (emails.length > 0) idsByEmail = new Map([...(await deps.directory.findByEmails(emails))].map(([email, account]) => [email, account?.id]));
  } catch (error) {
    deps.logger.warn('rotations import: Slack did not answer the e-mail look-ups; nothing was changed', { error });
    return { status: 'slack_unavailable' };
  }
  const plan = planRotationsImport({ rows, people, rotations, idsByEmail });
  const errors = sortFileErrors([...file.errors, ...plan.errors]);
  if (errors.length > 0) return { status: 'refused', errors, ignoredColumns };
  const summary = summarize(plan, rows.length);
  if (input.dryRun) return { status: 'dry_run', summary, ignoredColumns };
  // Saved before removed: a run that stops half-way leaves extra rotations, never missing ones; the file again finishes it.
  await deps.rotations.saveRotations([...plan.create, ...plan.update]);
  await deps.rotations.removeRotations(plan.remove.map((r) => r.id));
  deps.logger.info('rotations imported', { ...summary });
  return { status: 'imported', summary, ignoredColumns };
}

function summarize(plan: RotationsPlan, rows: number): RotationsSummary {
  return { rows, people: plan.people, created: plan.create.length, updated: plan.update.length, unchanged: plan.unchanged, removed: plan.remove.length };
}
