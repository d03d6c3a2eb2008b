import type { SettingsFragment } from '../config/settings.js';
import type { ExportKind } from '../program/export-table.js';
import { awayFeature } from './away/index.js';
import { contactsFeature } from './contacts/index.js';
import { digestsFeature } from './digests/index.js';
import { exportsFeature } from './exports/index.js';
import type { FeatureContext, FeatureModule } from './feature.js';
import { homeFeature } from './home/index.js';
import { nudgesFeature } from './nudges/index.js';
import { pulseFeature } from './pulse/index.js';
import { requestsFeature } from './requests/index.js';
import { rosterFeature } from './roster/index.js';
import { switchingFeature } from './switching/index.js';

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
} as const satisfies Readonly<Record<string, FeatureModule>>;

export type Features = { readonly [K in keyof typeof FEATURES]: ReturnType<(typeof FEATURES)[K]['create']> };

/** Every feature, built on the context, by name (their order is the list's: listeners register in it). */
export function createFeatures(ctx: FeatureContext): Features {
  return Object.fromEntries(Object.entries(FEATURES).map(([name, feature]) => [name, feature.create(ctx)])) as unknown as Features;
}

/** The features' settings fragments, checked at start with the core settings. */
export const FEATURE_SETTINGS: readonly SettingsFragment<unknown>[] = Object.values(FEATURES).flatMap((f: FeatureModule) => (f.settings === undefined ? [] : [f.settings]));

/** The kinds of export the features declare, in the list's order, read without building them (`npm run export`'s usage and arguments). */
export const FEATURE_EXPORT_KINDS: readonly ExportKind[] = Object.values(FEATURES).flatMap((f: FeatureModule) => f.exportKinds ?? []);
