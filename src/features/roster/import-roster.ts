import { createHash } from 'node:crypto';
import { buildImportPreview, planFingerprint, type ImportPreview } from './domain/import-preview.js';
import { planRosterImport, type RosterPlan } from './domain/plan-roster-import.js';
import { emailsToLookUp, idsToLookUp, type RosterWarning, type RowError } from './domain/roster-import.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore } from '../../program/ports.js';
import type { SlackDirectory } from '../../program/ports.js';
import { zoneOf } from '../../program/roster.js';
import { dateInZone } from '../../program/calendar-date.js';
import { COHORT_TRACK_NAME, type TrackDeclaration, type TrackImport } from '../../program/tracks.js';
import { withImportLock, type ImportLockClaims, type RunningImport } from './import-lock.js';
import type { LookedUp, UnreadableFile } from './ports.js';
import { readRosterFile, type RosterFile } from './read-roster-file.js';
import type { IntroductionSummary } from './run-introductions.js';
import type { EndingSummary } from './follow-endings.js';

export interface ImportRosterInput {
  readonly csv: string;
  /** Deactivate active people missing from the file (and close their memberships). */
  readonly prune: boolean;
  /** Plan and report, write nothing. */
  readonly dryRun: boolean;
  /** Run introductions after a real import (the app and the command line do). */
  readonly introduce: boolean;
  readonly now: Date;
  /**
   * The fingerprint of the preview being applied: the import writes only if the plan, made again under the lock, is
   * the same (else `changed`, and nothing is written).
   */
  readonly expect?: string;
  /** Slack's answers a preview got: not asked again. */
  readonly accounts?: LookedUp;
}

export interface ImportSummary {
  readonly rows: number;
  readonly peopleCreated: number;
  readonly peopleUpdated: number;
  readonly peopleUnchanged: number;
  readonly peopleDeactivated: number;
  readonly groupsCreated: number;
  readonly groupsChanged: number;
  readonly membershipsOpened: number;
  readonly membershipsClosed: number;
}

export type ImportOutcome =
  /** Some rows are bad: nothing changed; every problem with its line and column. */
  | { readonly status: 'refused'; readonly errors: readonly RowError[]; readonly warnings: readonly RosterWarning[] }
  /** Slack could not be asked who people are (after its retries): nothing changed; try again later. */
  | { readonly status: 'slack_unavailable' }
  /** An uploaded file could not be read: nothing changed. */
  | { readonly status: 'file_unreadable'; readonly reason: UnreadableFile }
  /**
   * Another import is running (one at a time): nothing changed; try again when it has finished. `byName` is the
   * starter's name in the roster, when known; `zone` the reader's, to show `since` in.
   */
  | ({ readonly status: 'already_running'; readonly byName: string | undefined; readonly zone: string } & RunningImport)
  | ({
      readonly status: 'imported' | 'dry_run';
      /** Introductions run after the import: their counts, `failed` when they could not run now. */
      readonly introductions: IntroductionSummary | 'failed' | undefined;
      /** What was done about the memberships the import ended (channel, DM, requests, time away), `failed` when it could not run now. */
      readonly endings?: EndingSummary | 'failed';
    } & Planned)
  /** Applying a preview: the roster changed since, so the plan is not the one previewed; nothing was written. */
  | ({ readonly status: 'changed' } & Planned);

/** A plan that may be applied: its counts, its preview, its fingerprint (hashed), and what Slack was asked for it. */
export interface Planned {
  /** Set by the import (views and tests may leave it out). */
  readonly lookedUp?: LookedUp;
  readonly summary: ImportSummary;
  readonly warnings: readonly RosterWarning[];
  readonly preview: ImportPreview;
  readonly fingerprint: string;
}

export interface ImportRosterDeps {
  readonly roster: RosterStore;
  readonly claims: ImportLockClaims;
  /** The program's zone: times are shown in it to readers whose own zone is unknown (and on the command line). */
  readonly programTimezone: string;
  readonly directory: SlackDirectory;
  readonly logger: Logger;
  readonly runIntroductions: (now: Date) => Promise<IntroductionSummary>;
  /** Follows the memberships an import ended (before introductions run). */
  readonly followEndings?: (now: Date) => Promise<EndingSummary>;
  /** The tracks a roster may name, with their rules (default: the cohort track alone). */
  readonly tracks?: () => readonly TrackDeclaration[];
  /** What the tracks' features keep of their rows, told after a real import (default: none). */
  readonly trackImports?: () => readonly TrackImport[];
}

/**
 * Imports a roster file, all or nothing: reads and validates every row, resolves people by Slack id or e-mail
 * (users.lookupByEmail, only for addresses the roster does not know), plans the changes against the stored roster,
 * and applies them in bulk only when no row is bad. The same file twice changes nothing the second time. One import
 * runs at a time: from reading the stored roster to writing it, an import holds the lock, and another one meanwhile
 * is refused, saying who started the running one and when. `by` is the admin's Slack id, undefined on the command line.
 */
export async function importRoster(deps: ImportRosterDeps, input: ImportRosterInput, by: string | undefined): Promise<ImportOutcome> {
  const file = readRosterFile(input.csv, deps.tracks?.(), dateInZone(input.now, deps.programTimezone));
  if (file.errors.length > 0) return { status: 'refused', errors: file.errors, warnings: file.warnings };
  // A dry run writes nothing: it neither takes the lock nor waits for it.
  if (input.dryRun) return planAndApply(deps, file, input);

  const locked = await withImportLock(deps.claims, by, () => planAndApply(deps, file, input));
  if (!locked.ran) return alreadyRunning(deps, locked.running, by);
  const outcome = locked.result;
  if (outcome.status !== 'imported' || !input.introduce) return outcome;

  // After the lock is let go: endings and introductions claim each of their steps, and with many people they take a while.
  const endings = deps.followEndings === undefined ? undefined : await orFailed(deps, 'following the ended memberships', () => deps.followEndings!(input.now));
  const introductions = await orFailed(deps, 'introductions', () => deps.runIntroductions(input.now));
  return { ...outcome, introductions, ...(endings === undefined ? {} : { endings }) };
}

/** Work run after an import that the hourly introductions job also does: a failure leaves it to that job. */
async function orFailed<T>(deps: Pick<ImportRosterDeps, 'logger'>, what: string, work: () => Promise<T>): Promise<T | 'failed'> {
  try {
    return await work();
  } catch (error) {
    deps.logger.error(`${what} after the roster import failed; the next introductions run will do it`, { error });
    return 'failed';
  }
}

/** Checks the file against the stored roster and Slack, and writes the plan unless it is a dry run. */
async function planAndApply(deps: ImportRosterDeps, file: RosterFile, input: ImportRosterInput): Promise<ImportOutcome> {
  const [people, groups, memberships] = await Promise.all([
    deps.roster.findPeople(),
    deps.roster.findGroups(),
    deps.roster.findMemberships({ current: true }),
  ]);
  let accountsByEmail;
  let accountsById;
  // Slack is asked only about whom a preview did not ask already (a school's e-mails take minutes at Slack's pace).
  const known = input.accounts;
  try {
    const [byEmail, byId] = await Promise.all([
      deps.directory.findByEmails(emailsToLookUp(file.rows, people).filter((e) => !(known?.byEmail.has(e) ?? false))),
      deps.directory.findByIds(idsToLookUp(file.rows, people).filter((id) => !(known?.byId.has(id) ?? false))),
    ]);
    accountsByEmail = new Map([...(known?.byEmail ?? []), ...byEmail]);
    accountsById = new Map([...(known?.byId ?? []), ...byId]);
  } catch (error) {
    deps.logger.warn('roster import: Slack did not answer the directory look-ups; nothing was changed', { error });
    return { status: 'slack_unavailable' };
  }
  const plan = planRosterImport({ rows: file.rows, accountsByEmail, accountsById, people, groups, memberships, prune: input.prune, tracks: deps.tracks?.() });
  const warnings = [...file.warnings, ...plan.warnings];
  if (plan.errors.length > 0) return { status: 'refused', errors: plan.errors, warnings };

  const planned: Planned = {
    lookedUp: { byEmail: accountsByEmail, byId: accountsById },
    summary: summarize(plan, file.rows.length),
    warnings,
    preview: buildImportPreview(plan, people),
    fingerprint: createHash('sha256').update(planFingerprint(plan)).digest('hex'),
  };
  if (input.dryRun) return { status: 'dry_run', ...planned, introductions: undefined };
  if (input.expect !== undefined && input.expect !== planned.fingerprint) return { status: 'changed', ...planned };

  await applyPlan(deps.roster, plan, groups, input.now);
  await saveTrackRows(deps, file, plan, input.now);
  deps.logger.info('roster imported', { ...planned.summary, warnings: warnings.length, prune: input.prune });
  return { status: 'imported', ...planned, introductions: undefined };
}

/**
 * Tells each track's feature its rows (with the person each names) once the roster is written, for the tracks the
 * file names. A failure here is the import's (the file is all or nothing: importing it again writes them).
 */
async function saveTrackRows(deps: ImportRosterDeps, file: RosterFile, plan: RosterPlan, now: Date): Promise<void> {
  for (const hook of deps.trackImports?.() ?? []) {
    const rows = file.rows.filter((r) => (r.track ?? COHORT_TRACK_NAME) === hook.track);
    if (rows.length === 0) continue;
    const imported = rows.flatMap((r) => {
      const personId = plan.personOfLine.get(r.line);
      return personId === undefined ? [] : [{ line: r.line, role: r.role, group: r.group, who: r.slackId ?? r.email ?? '', cells: r.cells ?? {}, personId }];
    });
    await hook.saveRows(imported, now);
  }
}

/** The refusal of a second import: who started the running one (their name, for the command line) and the reader's zone. */
async function alreadyRunning(deps: ImportRosterDeps, running: RunningImport, reader: string | undefined): Promise<ImportOutcome> {
  const ids = [running.by, reader].filter((id): id is string => id !== undefined);
  const people = ids.length === 0 ? [] : await deps.roster.findPeople(ids);
  const person = (id: string | undefined) => people.find((p) => p.id === id);
  deps.logger.info('roster import refused: another import is running', { startedBy: running.by ?? 'command line', since: running.since });
  return {
    status: 'already_running',
    ...running,
    byName: person(running.by)?.name,
    zone: reader === undefined ? deps.programTimezone : zoneOf(person(reader), deps.programTimezone),
  };
}

function summarize(plan: RosterPlan, rows: number): ImportSummary {
  return {
    rows,
    peopleCreated: plan.people.create.length,
    peopleUpdated: plan.people.update.length,
    peopleUnchanged: plan.people.unchanged.length,
    peopleDeactivated: plan.people.deactivate.length,
    groupsCreated: plan.groups.create.length,
    groupsChanged: plan.groups.changed.length,
    membershipsOpened: plan.memberships.open.length,
    membershipsClosed: plan.memberships.close.length,
  };
}

/**
 * Writes the plan in bulk. There are no transactions, so the order keeps a half-applied plan harmless: groups, then
 * people, then memberships closed before others open; importing the file again finishes the job.
 */
async function applyPlan(roster: RosterStore, plan: RosterPlan, storedGroups: readonly { id: string; name: string }[], at: Date): Promise<void> {
  const created = plan.groups.create.length > 0 ? await roster.ensureGroups(plan.groups.create) : [];
  const idOf = new Map([...storedGroups, ...created].map((g) => [g.name, g.id]));
  await roster.savePeople([...plan.people.create, ...plan.people.update, ...plan.people.deactivate]);
  await roster.closeMemberships(plan.memberships.close.map((c) => ({ groupId: c.groupId, personId: c.personId, role: c.role })), at);
  await roster.openMemberships(plan.memberships.open.map((o) => ({ groupId: idOf.get(o.groupName)!, personId: o.personId, role: o.role })), at);
  const ids = (names: readonly string[]) => names.map((n) => idOf.get(n)!);
  await roster.setGroupsActive(ids(plan.groups.activate), true);
  await roster.setGroupsActive(ids(plan.groups.deactivate), false);
}
