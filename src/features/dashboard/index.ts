import { settingsOf } from '../../config/env.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import type { LinkSender } from './ports.js';
import { readDashboard } from './read-dashboard.js';
import { dashboardSettings } from './settings.js';
import { createSignIn } from './sign-in.js';
import { dashboardCopy } from './slack/copy.js';
import { createDashboardRoutes as createCommandRoutes, dashboardHomeSections, registerDashboardHomeButton } from './slack/dashboard-command.js';
import { createLinkSender } from './slack/link-sender.js';
import { createDashboardRepository } from './store/dashboard-repository.js';
import { createDashboardRoutes } from './web/routes.js';

/**
 * The dashboard: `/dashboard` on the app's HTTP port, charts of the program (admins), a cohort (its Faculty Mentor) or
 * a track (its coordinators), each with its table and CSV; signed in with a one-time link sent by DM
 * (`/mentor-admin dashboard`, or Home's button).
 */
export function createDashboardFeature(ctx: FeatureContext, ports: { readonly sendLink?: LinkSender } = {}) {
  const { publicUrl } = settingsOf(ctx.config, dashboardSettings);
  const signIn = createSignIn({
    store: createDashboardRepository(ctx.database.connection),
    roster: ctx.stores.roster,
    audit: ctx.stores.audit,
    adminUserIds: ctx.config.adminUserIds,
    publicUrl: publicUrl ?? `http://localhost:${ctx.config.port}`,
    sendLink: ports.sendLink ?? createLinkSender({ claims: ctx.claims, logger: ctx.logger }, ctx.messenger, ctx.config.programTimezone),
  });
  const useCases = {
    ...signIn,
    readDashboard: (userId: string, scope: Parameters<typeof readDashboard>[2], now: Date) =>
      readDashboard({ config: ctx.config, ...ctx.stores, exportTables: () => ctx.surfaces.exportTables() }, userId, scope, now),
  };
  return {
    name: 'dashboard',
    useCases,
    register(app) {
      registerDashboardHomeButton(app, useCases.requestDashboardLink);
    },
    commands: [{ command: '/mentor-admin', routes: createCommandRoutes(useCases.requestDashboardLink) }],
    help: [{ command: '/mentor-admin', usage: [dashboardCopy.help] }],
    homeSections: dashboardHomeSections,
    httpRoutes: createDashboardRoutes(useCases, ctx.clock),
  } satisfies Feature & { useCases: unknown };
}

export const dashboardFeature = { settings: dashboardSettings, create: createDashboardFeature } satisfies FeatureModule;
