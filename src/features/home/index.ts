import { kernelDeps, requestTopicsIn, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import type { HomeRefresher } from './ports.js';
import { createReadCache, ROSTER_READ_TTL_MS } from '../../program/read-cache.js';
import { readHome, refreshHomes } from './read-home.js';
import { createMenteeHomeSection, createMentorHomeSection } from './slack/home-sections.js';
import { createHomeRefresher } from './slack/home-refresher.js';
import { registerEvents } from './slack/register-home-events.js';

/**
 * The App Home tab: the sections the features contribute for each role a person holds, redrawn when what they show
 * changes; the faculty and admin sections kept for a minute, dropped when the program changes, and the roster of
 * people's own groups for 30 seconds, dropped when the roster changes (program/read-cache.ts).
 */
export function createHomeFeature(ctx: FeatureContext, ports: { readonly homeRefresher?: HomeRefresher } = {}) {
  const cache = createReadCache();
  // The roster of people's own groups, kept as briefly as check-ins keep a mentor's: the redraws after a burst of
  // check-ins read it once. Dropped when the roster changes here; a change made by another instance shows within it.
  const rosterReads = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const deps = {
    ...kernelDeps(ctx),
    sections: () => ctx.surfaces.homeSections(),
    homeRefresher: ports.homeRefresher ?? createHomeRefresher(ctx.messenger),
    cache,
    rosterReads,
    requestTopics: requestTopicsIn(ctx),
  };
  const useCases = {
    /** A person's Home tab: a section for each role they hold (none for someone the program does not know). */
    readHome: (userId: string, now: Date) => readHome(deps, userId, now),
  };
  return {
    name: 'home',
    useCases,
    register: (app) => registerEvents(app, { readHome: useCases.readHome }),
    provides: { refreshHomes: (userIds, now) => refreshHomes(deps, userIds, now) },
    onProgramChanged: (store) => {
      cache.drop();
      if (store === 'roster') rosterReads.drop();
    },
    homeSections: [createMenteeHomeSection(requestTopicsIn(ctx)), createMentorHomeSection(requestTopicsIn(ctx))],
  } satisfies Feature & { useCases: unknown };
}

export const homeFeature = { create: createHomeFeature } satisfies FeatureModule;
