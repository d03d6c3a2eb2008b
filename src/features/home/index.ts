import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import type { HomeRefresher } from './ports.js';
import { readHome, refreshHomes } from './read-home.js';
import { createHomeRefresher } from './slack/home-refresher.js';
import { registerEvents } from './slack/register-home-events.js';

/** The App Home tab: a section for each role a person holds, redrawn when what it shows changes. */
export function createHomeFeature(ctx: FeatureContext, ports: { readonly homeRefresher?: HomeRefresher } = {}) {
  const deps = { config: ctx.config, ...ctx.stores, admins: ctx.admins, homeRefresher: ports.homeRefresher ?? createHomeRefresher(ctx.messenger), logger: ctx.logger };
  const useCases = {
    /** A person's Home tab: a section for each role they hold (none for someone the program does not know). */
    readHome: (userId: string, now: Date) => readHome(deps, userId, now),
  };
  return {
    name: 'home',
    useCases,
    register: (app) => registerEvents(app, { readHome: useCases.readHome }),
    provides: { refreshHomes: (userIds, now) => refreshHomes(deps, userIds, now) },
  } satisfies Feature & { useCases: unknown };
}

export const homeFeature = { create: createHomeFeature } satisfies FeatureModule;
