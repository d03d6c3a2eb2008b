import type { Config } from '../config/env.js';
import type { RowError } from '../domain/roster-import.js';
import type { Logger } from '../log/logger.js';
import { importRoster, importRosterUpload, type ImportOutcome, type ImportRosterInput } from './import-roster.js';
import type { ClaimStore, ContactStore, IntroductionSender, RosterStore, SlackDirectory, UploadedFiles } from './ports.js';
import { readRosterFile } from './read-roster-file.js';
import { findRosterStatus, type RosterStatus } from './roster-status.js';
import { runIntroductions, type IntroductionSummary } from './run-introductions.js';

/** What use cases are built from: the stores and the Slack-facing adapters (ports), plus settings. */
export interface ServiceDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly claims: ClaimStore;
  readonly roster: RosterStore;
  readonly contacts: ContactStore;
  // Roster, introductions and /mentor-admin (issue 3).
  readonly directory: SlackDirectory;
  readonly introductionSender: IntroductionSender;
  readonly uploadedFiles: UploadedFiles;
}

/** The use cases, as listeners and jobs call them. Each feature adds its own. */
export interface AppServices {
  /** Whether a Slack user is a program admin: ADMIN_USER_IDS, or an active person with the admin role. */
  isAdmin(userId: string): Promise<boolean>;

  // Roster, introductions and /mentor-admin (issue 3).
  /** Reads and checks a roster file's rows (no Slack, no writes): fast enough to answer a modal within 3 s. */
  checkRosterFile(actorId: string, csv: string): Promise<AdminOnly<{ readonly errors: readonly RowError[] }>>;
  /** Imports a roster file, all or nothing; `actorId` undefined is the command line. */
  importRoster(actorId: string | undefined, input: ImportRosterInput): Promise<AdminOnly<ImportOutcome>>;
  /** The same for a file uploaded in Slack (the import form's file input). */
  importRosterUpload(actorId: string, fileId: string, input: Omit<ImportRosterInput, 'csv'>): Promise<AdminOnly<ImportOutcome>>;
  /** The introductions job: introduces groups not yet introduced and welcomes people who joined since. */
  runIntroductions(now: Date): Promise<IntroductionSummary>;
  /** `/mentor-admin introduce`: the same, for an admin. */
  introduceNow(actorId: string, now: Date): Promise<AdminOnly<IntroductionSummary>>;
  /** `/mentor-admin status`. */
  rosterStatus(actorId: string): Promise<AdminOnly<RosterStatus>>;

  // Requests for help and time away (issue 4).

  // Contacts, check-in prompts and the pulse (issue 5).

  // Switching mentors (issue 8).
}

/** What an admin-only use case answers: its result, or `not_allowed` (and nothing ran). */
export type AdminOnly<T> = { readonly allowed: false } | { readonly allowed: true; readonly result: T };

export function createServices(deps: ServiceDeps): AppServices {
  const importDeps = { roster: deps.roster, directory: deps.directory, logger: deps.logger, runIntroductions: (now: Date) => services.runIntroductions(now) };
  const services: AppServices = {
    async isAdmin(userId) {
      if (deps.config.adminUserIds.includes(userId)) return true;
      const [person] = await deps.roster.findPeople([userId]);
      return person !== undefined && person.active && person.roles.includes('admin');
    },

    // Roster, introductions and /mentor-admin (issue 3).
    async checkRosterFile(actorId, csv) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: { errors: readRosterFile(csv).errors } };
    },
    async importRoster(actorId, input) {
      if (actorId !== undefined && !(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRoster(importDeps, input) };
    },
    async importRosterUpload(actorId, fileId, input) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await importRosterUpload({ ...importDeps, uploads: deps.uploadedFiles }, fileId, input) };
    },
    runIntroductions(now) {
      return runIntroductions({ roster: deps.roster, claims: deps.claims, sender: deps.introductionSender, logger: deps.logger }, now);
    },
    async introduceNow(actorId, now) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await services.runIntroductions(now) };
    },
    async rosterStatus(actorId) {
      if (!(await services.isAdmin(actorId))) return { allowed: false };
      return { allowed: true, result: await findRosterStatus(deps.roster) };
    },
  };
  return services;
}
