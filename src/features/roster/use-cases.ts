import type { Config } from '../../config/env.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { RosterStore, SlackDirectory } from '../../program/ports.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { TrackDeclaration, TrackImport } from '../../program/tracks.js';
import type { RowError } from './domain/roster-import.js';
import { importRoster, importRosterUpload, type ImportOutcome, type ImportRosterInput } from './import-roster.js';
import type { IntroductionSender, UploadedFiles } from './ports.js';
import { readRosterFile } from './read-roster-file.js';
import { findRosterStatus, type RosterStatus } from './roster-status.js';
import { runIntroductions, type IntroductionSummary } from './run-introductions.js';

export interface RosterDeps {
  readonly config: Pick<Config, 'programTimezone'>;
  readonly roster: RosterStore;
  readonly claims: ClaimStore;
  readonly directory: SlackDirectory;
  readonly introductionSender: IntroductionSender;
  readonly uploadedFiles: UploadedFiles;
  readonly admins: AdminPolicy;
  readonly logger: Logger;
  /** The tracks the roster may name (the features' declarations, read when a file is read). */
  readonly tracks: () => readonly TrackDeclaration[];
  /** What the tracks' features keep of their rows after an import (read when an import is written). */
  readonly trackImports?: () => readonly TrackImport[];
}

/** What an admin-only use case answers: its result, or `not_allowed` (and nothing ran). */
export type AdminOnly<T> = { readonly allowed: false } | { readonly allowed: true; readonly result: T };

export type RosterUseCases = ReturnType<typeof createRosterUseCases>;

/** Roster, introductions and `/mentor-admin import | introduce | status`: each admin-only one checks the admin rule first. */
export function createRosterUseCases(deps: RosterDeps) {
  const { admins } = deps;
  const introduce = (now: Date): Promise<IntroductionSummary> =>
    runIntroductions({ roster: deps.roster, claims: deps.claims, sender: deps.introductionSender, logger: deps.logger }, now);
  const importDeps = {
    roster: deps.roster,
    claims: deps.claims,
    programTimezone: deps.config.programTimezone,
    directory: deps.directory,
    logger: deps.logger,
    runIntroductions: introduce,
    tracks: deps.tracks,
    trackImports: deps.trackImports,
  };
  return {
    /**
     * Reads and checks a roster file's rows, without I/O (no database, no Slack): a form answers with them at once.
     * Who may import is checked by the import itself.
     */
    checkRosterFile(csv: string, now: Date): { readonly errors: readonly RowError[] } {
      return { errors: readRosterFile(csv, deps.tracks(), dateInZone(now, deps.config.programTimezone)).errors };
    },
    /** Imports a roster file, all or nothing, one import at a time; `actorId` undefined is the command line. */
    async importRoster(actorId: string | undefined, input: ImportRosterInput): Promise<AdminOnly<ImportOutcome>> {
      if (actorId !== undefined && !(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRoster(importDeps, input, actorId) };
    },
    /** The same for a file uploaded in Slack (the import form's file input). */
    async importRosterUpload(actorId: string, fileId: string, input: Omit<ImportRosterInput, 'csv'>): Promise<AdminOnly<ImportOutcome>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRosterUpload({ ...importDeps, uploads: deps.uploadedFiles }, fileId, input, actorId) };
    },
    /** The introductions job: introduces groups not yet introduced and welcomes people who joined since. */
    runIntroductions: introduce,
    /** `/mentor-admin introduce`: the same, for an admin. */
    async introduceNow(actorId: string, now: Date): Promise<AdminOnly<IntroductionSummary>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await introduce(now) };
    },
    /** `/mentor-admin status`. */
    async rosterStatus(actorId: string): Promise<AdminOnly<RosterStatus>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await findRosterStatus(deps.roster) };
    },
  };
}
