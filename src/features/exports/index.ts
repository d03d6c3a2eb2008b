import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { createExportRoutes } from './slack/export-command.js';
import { exportUsage } from './slack/copy.js';
import { registerExportHomeButton } from './slack/home-button.js';
import { registerExportView } from './slack/register-export-view.js';
import { createReportSender } from './slack/report-sender.js';
import { createExportUseCases } from './use-cases.js';

/**
 * Reports: `/mentor-admin export`, its form, and `npm run export`, over the tables the features contribute
 * (`Feature.exportTables`), read when used: every feature is built by then.
 */
export function createExportsFeature(ctx: FeatureContext) {
  const useCases = createExportUseCases({
    config: ctx.config,
    logger: ctx.logger,
    tables: () => ctx.surfaces.exportTables(),
    audit: ctx.stores.audit,
    reportSender: createReportSender(ctx.messenger),
    admins: ctx.admins,
  });
  return {
    name: 'exports',
    useCases,
    register(app) {
      registerExportView(app, useCases);
      registerExportHomeButton(app, ctx.admins, useCases.exportTables);
    },
    commands: [{ command: '/mentor-admin', routes: createExportRoutes(useCases, ctx.admins) }],
    // Read when the Slack app is built, once every feature has contributed its tables.
    get help() {
      return [{ command: '/mentor-admin' as const, usage: exportUsage(useCases.exportKinds()) }];
    },
  } satisfies Feature & { useCases: unknown };
}

export const exportsFeature = { create: createExportsFeature } satisfies FeatureModule;
