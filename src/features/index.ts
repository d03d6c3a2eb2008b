import type { SettingsFragment } from '../config/settings.js';
import type { ExportKind } from '../program/export-table.js';
import { createProgramPersonalData } from '../program/store/program-personal-data.js';
import { watchWrites, type ProgramStoreName } from '../program/store/watch-writes.js';
import { keepRoster } from '../program/store/kept-roster.js';
import { COHORT_TRACK } from '../program/tracks.js';
import { auditFeature } from './audit/index.js';
import { awayFeature } from './away/index.js';
import { clinicalFeature } from './clinical/index.js';
import { premedFeature } from './premed/index.js';
import { contactsFeature } from './contacts/index.js';
import { dashboardFeature } from './dashboard/index.js';
import { digestsFeature } from './digests/index.js';
import { exportsFeature } from './exports/index.js';
import { goalsFeature } from './goals/index.js';
import type { Feature, FeatureContext, FeatureLinks, FeatureModule } from './feature.js';
import { homeFeature } from './home/index.js';
import { housekeepingFeature } from './housekeeping/index.js';
import { newYearFeature } from './new-year/index.js';
import { matchingFeature } from './matching/index.js';
import { nudgesFeature } from './nudges/index.js';
import { personFeature } from './person/index.js';
import { pulseFeature } from './pulse/index.js';
import { requestsFeature } from './requests/index.js';
import { rosterFeature } from './roster/index.js';
import { surveysFeature } from './surveys/index.js';
import { switchingFeature } from './switching/index.js';
import { trainingsFeature } from './trainings/index.js';

/** The one list of features, by name: adding a capability is one folder and one line here. */
const FEATURES = {
  roster: rosterFeature,
  requests: requestsFeature,
  away: awayFeature,
  contacts: contactsFeature,
  pulse: pulseFeature,
  nudges: nudgesFeature,
  digests: digestsFeature,
  home: homeFeature,
  exports: exportsFeature,
  switching: switchingFeature,
  clinical: clinicalFeature,
  premed: premedFeature,
  goals: goalsFeature,
  trainings: trainingsFeature,
  surveys: surveysFeature,
  newYear: newYearFeature,
  audit: auditFeature,
  matching: matchingFeature,
  dashboard: dashboardFeature,
  housekeeping: housekeepingFeature,
  person: personFeature,
} as const satisfies Readonly<Record<string, FeatureModule>>;

export type Features = { readonly [K in keyof typeof FEATURES]: ReturnType<(typeof FEATURES)[K]['create']> };

/** What the features are built from, before they are linked to each other. */
export type FeatureBase = Omit<FeatureContext, 'links' | 'surfaces'>;

/**
 * Every feature of the list, by name (their order is the list's: listeners register in it), linked to each other:
 * a link or a surface is read when used, once all are built. `build` may replace features (tests give some of them
 * recording Slack ports).
 */
export function createFeatures(base: FeatureBase, build: (ctx: FeatureContext) => Features = buildEach): Features {
  let list: readonly Feature[] = [];
  type Provided = Omit<FeatureLinks, 'programChanged'>;
  const provided: Partial<Provided> = {};
  const linked = <K extends keyof Provided>(name: K): NonNullable<Provided[K]> => {
    const link = provided[name];
    if (link === undefined) throw new Error(`no feature provides ${name}`);
    return link as NonNullable<Provided[K]>;
  };
  // The people, groups and current memberships asked for by a few ids are kept briefly for every feature: see `keepRoster`.
  const kept = keepRoster(base.stores.roster);
  // Every write through the features' stores tells the features that keep read models (Home, check-ins) what changed.
  const programChanged = (store: ProgramStoreName) => {
    if (store === 'roster') kept.drop();
    for (const feature of list) feature.onProgramChanged?.(store);
  };
  // The program's own stores' share of a person's record (roster and ledgers), before the features'.
  const programData = createProgramPersonalData(base.database.connection);
  const features = build({
    ...base,
    stores: watchWrites({ ...base.stores, roster: kept.roster }, programChanged),
    links: {
      refreshHomes: (userIds, now) => linked('refreshHomes')(userIds, now),
      programChanged,
      openRequestForm: (args) => linked('openRequestForm')(args),
      moveAwaitingRequests: (input, now) => linked('moveAwaitingRequests')(input, now),
      followMemberships: (now) => linked('followMemberships')(now),
    },
    surfaces: {
      exportTables: () => list.flatMap((f) => f.exportTables ?? []),
      homeSections: () => list.flatMap((f) => f.homeSections ?? []),
      tracks: () => [COHORT_TRACK, ...list.flatMap((f) => f.tracks ?? [])],
      digests: () => list.flatMap((f) => f.digests ?? []),
      digestLines: () => list.flatMap((f) => f.digestLines ?? []),
      pairTracks: () => list.flatMap((f) => f.pairTracks ?? []),
      trackImports: () => list.flatMap((f) => f.trackImports ?? []),
      checkinQuestions: () => list.flatMap((f) => f.checkinQuestions ?? []),
      promptNotes: () => list.flatMap((f) => f.promptNotes ?? []),
      personalData: () => [...programData, ...list.flatMap((f) => f.personalData ?? [])],
    },
  });
  list = Object.values(features);
  for (const feature of list) Object.assign(provided, feature.provides ?? {});
  return features;
}

/** Each feature of the list, built on the context. */
export function buildEach(ctx: FeatureContext): Features {
  return Object.fromEntries(Object.entries(FEATURES).map(([name, feature]) => [name, feature.create(ctx)])) as unknown as Features;
}

/** The features' settings fragments, checked at start with the core settings. */
export const FEATURE_SETTINGS: readonly SettingsFragment<unknown>[] = Object.values(FEATURES).flatMap((f: FeatureModule) => (f.settings === undefined ? [] : [f.settings]));

/** The kinds of export the features declare, in the list's order, read without building them (`npm run export`'s usage and arguments). */
export const FEATURE_EXPORT_KINDS: readonly ExportKind[] = Object.values(FEATURES).flatMap((f: FeatureModule) => f.exportKinds ?? []);
