import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { createExportRoutes } from './slack/export-command.js';
import { exportUsage } from './slack/copy.js';
import { registerExportHomeButton } from './slack/home-button.js';
import { registerExportView } from './slack/register-export-view.js';
import { createReportSender } from './slack/report-sender.js';
import { createExportUseCases } from './use-cases.js';

/** Reports: `/mentor-admin export`, its form, and `npm run export`. */
export function createExportsFeature(ctx: FeatureContext) {
  const useCases = createExportUseCases({ config: ctx.config, logger: ctx.logger, ...ctx.stores, reportSender: createReportSender(ctx.messenger), admins: ctx.admins });
  return {
    name: 'exports',
    useCases,
    register(app) {
      registerExportView(app, useCases);
      registerExportHomeButton(app, ctx.admins);
    },
    commands: [{ command: '/mentor-admin', routes: createExportRoutes(useCases, ctx.admins) }],
    help: [{ command: '/mentor-admin', usage: exportUsage }],
  } satisfies Feature & { useCases: unknown };
}

export const exportsFeature = { create: createExportsFeature } satisfies FeatureModule;
