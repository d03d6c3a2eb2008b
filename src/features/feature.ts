import type { Config } from '../config/env.js';
import type { SettingsFragment } from '../config/settings.js';
import type { ClaimStore } from '../delivery/ports.js';
import type { Messenger } from '../delivery/slack/messenger.js';
import type { Job, JobStep } from '../jobs/job.js';
import type { Logger } from '../log/logger.js';
import type { ExportKind, ExportTable } from '../program/export-table.js';
import type { PairTrack } from '../program/pairs.js';
import type { PersonalData } from '../program/personal-data.js';
import { requestTopicsOf, type RequestTopics } from '../program/request-topics.js';
import type { AdminPolicy } from '../program/policy.js';
import { COHORT_TRACK, type TrackDeclaration, type TrackImport } from '../program/tracks.js';
import type { MoveAwaitingRequests, SlackDirectory } from '../program/ports.js';
import type { Database } from '../program/store/database.js';
import type { ProgramStoreName } from '../program/store/watch-writes.js';
import type { ProgramStores } from '../program/store/create-stores.js';
import type { BoltApp, CommandForms, HelpPart, RequestFormOpener } from '../slack/contributions.js';
import type { CheckinQuestion } from '../slack/checkin-question.js';
import type { DigestSource } from '../slack/digest-source.js';
import type { DigestLines } from '../slack/digest-lines.js';
import type { PromptNotes } from '../slack/prompt-notes.js';
import type { HomeSectionSource } from '../slack/home-section.js';
import type { HttpRoute } from '../slack/http-route.js';

/** What one feature offers the others. Declared here (the types live in program/ and the shell); `createFeatures` binds them. */
export interface FeatureLinks {
  /** Redraws these people's Home tabs after something they see changed (the Home feature's); best effort. */
  refreshHomes(userIds: readonly string[], now: Date): Promise<void>;
  /**
   * Something in the program's record changed, through this store: what is kept of it briefly (Home's read models, the
   * mentors' rosters) is dropped by the features that keep it (`Feature.onProgramChanged`). Called after every write
   * through the features' stores (`createFeatures` watches them); a feature need not call it.
   */
  programChanged(store: ProgramStoreName): void;
  /** `/mentor-request`'s form, from a button elsewhere (the pulse, Home). */
  readonly openRequestForm: RequestFormOpener;
  /** A moved mentee's waiting requests go to their new mentors (the requests feature's; used by switching). */
  readonly moveAwaitingRequests: MoveAwaitingRequests;
  /**
   * What follows memberships that ended or opened, now (the roster feature's): the people whose memberships ended
   * leave the group's channel, are told, and their requests and time away are settled; groups are introduced and
   * newcomers welcomed. Any code that ends memberships (the year's turn) calls it after; the introductions job also
   * does it every hour. Resolves to its counts.
   */
  readonly followMemberships: (now: Date) => Promise<Readonly<Record<string, number>>>;
}

/** What the features contribute to the shared surfaces, collected from the list (read when used, once all are built). */
export interface Surfaces {
  exportTables(): readonly ExportTable[];
  /** Every feature's Home sections, in the list's order (Home puts them in their place by role). */
  homeSections(): readonly HomeSectionSource[];
  /**
   * The program's tracks: the cohort track, then those the features declare (the roster import checks rows against
   * them). Unset where features are built alone (tests): the cohort track alone.
   */
  tracks?(): readonly TrackDeclaration[];
  /** The weekly digests the features contribute for their own readers. Unset where features are built alone (tests): none. */
  digests?(): readonly DigestSource[];
  /** The lines the features add to the Faculty Mentors' and admins' weekly digests. Unset where features are built alone (tests): none. */
  digestLines?(): readonly DigestLines[];
  /**
   * The tracks that pair mentors and mentees outside the roster's groups, each with its current pairs (check-ins,
   * requests and switching ask them). Unset where features are built alone (tests): none.
   */
  pairTracks?(): readonly PairTrack[];
  /** What the tracks' features keep of their rows after a roster import. Unset where features are built alone (tests): none. */
  trackImports?(): readonly TrackImport[];
  /** The questions the tracks add to the check-in form. Unset where features are built alone (tests): none. */
  checkinQuestions?(): readonly CheckinQuestion[];
  /** The notes the features add under mentees' lines on the monthly check-in prompt. Unset where features are built alone (tests): none. */
  promptNotes?(): readonly PromptNotes[];
  /** Every store's share of a person's record: the program's own stores', then the features'. Unset where features are built alone (tests): none. */
  personalData?(): readonly PersonalData[];
}

/** What every feature is built from: the kernel, delivery, settings, the links to the others and the shared surfaces. */
export interface FeatureContext {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  readonly stores: ProgramStores;
  readonly claims: ClaimStore;
  readonly messenger: Messenger;
  readonly directory: SlackDirectory;
  readonly admins: AdminPolicy;
  /** What the app's own pages (the dashboard) take as now: the real clock; the demo's simulated one. */
  readonly clock: () => Date;
  readonly links: FeatureLinks;
  readonly surfaces: Surfaces;
}

/** What most use cases are built on: the settings, the log, the claims, the admin policy and every store of the program. */
export function kernelDeps(ctx: FeatureContext) {
  return { config: ctx.config, logger: ctx.logger, claims: ctx.claims, admins: ctx.admins, ...ctx.stores };
}

/** The request topics of the program's tracks (the cohort track's alone where features are built alone, in tests). */
export function requestTopicsIn(ctx: Pick<FeatureContext, 'surfaces'>): RequestTopics {
  return requestTopicsOf(() => ctx.surfaces.tracks?.() ?? [COHORT_TRACK]);
}

/**
 * A capability, contributing to the shared surfaces through registries: listeners on the Bolt app, slash-command
 * forms and their help, scheduled jobs (or steps of another feature's job), and links other features use.
 */
export interface Feature {
  readonly name: string;
  /** Its listeners (actions, views, events). */
  register?(app: BoltApp): void;
  readonly commands?: readonly CommandForms[];
  readonly help?: readonly HelpPart[];
  readonly jobs?: readonly Job[];
  readonly jobSteps?: readonly JobStep[];
  readonly provides?: Partial<Omit<FeatureLinks, 'programChanged'>>;
  /** Told of every write through the program's stores (which store), to drop what it keeps of them briefly. */
  onProgramChanged?(store: ProgramStoreName): void;
  /** Kinds of export of the feature's record: the kinds its module declares (`FeatureModule.exportKinds`), with their rows. */
  readonly exportTables?: readonly ExportTable[];
  /** Its sections of a person's Home tab, for the roles it serves. */
  readonly homeSections?: readonly HomeSectionSource[];
  /** Weekly digests of its own, for its own readers (sent by the `digests` job). */
  readonly digests?: readonly DigestSource[];
  /** Lines it adds to the Faculty Mentors' and admins' weekly digests (counts only). */
  readonly digestLines?: readonly DigestLines[];
  /** Program tracks it declares (who may hold each role, the shape of its groups), besides the cohort track. */
  readonly tracks?: readonly TrackDeclaration[];
  /** Pairs it forms outside the roster's groups, for the features that find people's mentors and mentees. */
  readonly pairTracks?: readonly PairTrack[];
  /** What it keeps of its tracks' roster rows after an import (their own columns, its pairs), in its own store. */
  readonly trackImports?: readonly TrackImport[];
  /** Questions it adds to the check-in form about some mentees (e.g. a minor's first session). */
  readonly checkinQuestions?: readonly CheckinQuestion[];
  /** Short notes it adds under some mentees' lines on their mentors' monthly check-in prompts (e.g. their goals). */
  readonly promptNotes?: readonly PromptNotes[];
  /** What its own collections hold about a person: for their export, their forgetting, and the retention of free text. */
  readonly personalData?: readonly PersonalData[];
  /** Pages it serves on the app's HTTP port (e.g. the dashboard), in HTTP and Socket Mode alike. */
  readonly httpRoutes?: readonly HttpRoute[];
}

/**
 * A feature as the list holds it: how to build it, its settings fragment, if it has one, checked at start, and the
 * kinds of export its built feature's `exportTables` hold, read without building it (`npm run export`'s usage).
 */
export interface FeatureModule {
  readonly settings?: SettingsFragment<unknown>;
  readonly exportKinds?: readonly ExportKind[];
  create(ctx: FeatureContext): Feature;
}
