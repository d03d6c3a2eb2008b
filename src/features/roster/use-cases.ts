import type { Config } from '../../config/env.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { AdminPolicy } from '../../program/policy.js';
import type { AwayStore, MoveAwaitingRequests, RequestStore, RosterStore, SlackDirectory } from '../../program/ports.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { TrackDeclaration, TrackImport } from '../../program/tracks.js';
import type { RowError } from './domain/roster-import.js';
import { importRoster, type ImportOutcome, type ImportRosterInput } from './import-roster.js';
import type { EndingSender, IntroductionSender, PreviewStore, UploadedFiles } from './ports.js';
import { applyPreview, dropPreview, previewImport, type ApplyOutcome, type PreviewOutcome, type RosterSource } from './preview-import.js';
import { followEndings, type EndingSummary } from './follow-endings.js';
import { readRosterFile } from './read-roster-file.js';
import { findRosterStatus, type RosterStatus } from './roster-status.js';
import { runIntroductions, type IntroductionSummary } from './run-introductions.js';

export interface RosterDeps {
  readonly config: Pick<Config, 'programTimezone' | 'quietHours'>;
  readonly roster: RosterStore;
  readonly away: AwayStore;
  readonly requests: Pick<RequestStore, 'findAwaitingResponse'>;
  readonly previews: PreviewStore;
  readonly endingSender: EndingSender;
  /** The requests feature's move of waiting requests (read when an ending is followed). */
  readonly moveAwaitingRequests: MoveAwaitingRequests;
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
  const follow = (now: Date): Promise<EndingSummary> =>
    followEndings(
      {
        roster: deps.roster,
        away: deps.away,
        requests: deps.requests,
        claims: deps.claims,
        quietHours: deps.config.quietHours,
        programTimezone: deps.config.programTimezone,
        logger: deps.logger,
        sender: deps.endingSender,
        moveAwaitingRequests: deps.moveAwaitingRequests,
      },
      now,
    );
  const importDeps = {
    followEndings: follow,
    roster: deps.roster,
    claims: deps.claims,
    programTimezone: deps.config.programTimezone,
    directory: deps.directory,
    logger: deps.logger,
    runIntroductions: introduce,
    tracks: deps.tracks,
    trackImports: deps.trackImports,
  };
  const previewDeps = { ...importDeps, previews: deps.previews, uploads: deps.uploadedFiles };
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
    /** The import form: what an import of this roster would do, kept for *Apply* (nothing is written). */
    async previewRoster(actorId: string, source: RosterSource, prune: boolean, now: Date): Promise<AdminOnly<PreviewOutcome>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await previewImport(previewDeps, source, prune, actorId, now) };
    },
    /** *Apply*: imports exactly what was previewed, or shows the new preview if the roster changed since. */
    async applyRosterPreview(actorId: string, previewId: string, now: Date): Promise<AdminOnly<ApplyOutcome>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await applyPreview(previewDeps, previewId, actorId, now) };
    },
    /** *Back*: drops the preview (nothing written) and gives the form's pasted text back. */
    dropRosterPreview: (actorId: string, previewId: string) => dropPreview(previewDeps, previewId, actorId),
    /** Introduces groups not yet introduced and welcomes people who joined since. */
    runIntroductions: introduce,
    /** What follows memberships that ended or opened (the channel, DMs, requests, introductions), for any code that ends them. */
    async followMemberships(now: Date): Promise<IntroductionSummary & EndingSummary> {
      // Endings first (out of a channel before anyone is invited), the introductions' counts first in the summary.
      const endings = await follow(now);
      return { ...(await introduce(now)), ...endings };
    },
    /** `/mentor-admin introduce`: the same, for an admin. */
    async introduceNow(actorId: string, now: Date): Promise<AdminOnly<EndingSummary & IntroductionSummary>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      const endings = await follow(now);
      return { allowed: true, result: { ...(await introduce(now)), ...endings } };
    },
    /** `/mentor-admin status`. */
    async rosterStatus(actorId: string): Promise<AdminOnly<RosterStatus>> {
      if (!(await admins.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await findRosterStatus(deps.roster) };
    },
  };
}
