import type { AdminPolicy } from '../../../program/policy.js';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import { parseExportArgs } from '../domain/parse-export-args.js';
import type { ExportUseCases } from '../use-cases.js';
import { buildExportProblem, buildExportSent, buildExportWorking } from './export-views.js';

/**
 * `/mentor-admin export <kind> [--from YYYY-MM] [--to YYYY-MM]`, for admins; anyone else gets a polite refusal. It
 * acks at once (the admin rule reads the roster), then answers through the command's response URL.
 */
export function createExportRoutes(services: Pick<ExportUseCases, 'sendExport' | 'exportKinds'>, admins: AdminPolicy): CommandRoutes {
  const refusal = { response_type: 'ephemeral' as const, ...buildNotAllowedMessage() };
  return {
    async export({ ack, command, respond }, text) {
      await ack();
      if (!(await admins.isAdmin(command.user_id))) {
        await respond(refusal);
        return;
      }
      const kinds = services.exportKinds();
      const parsed = parseExportArgs(text.rest.split(/\s+/), kinds);
      if (!parsed.ok) {
        await respond({ response_type: 'ephemeral', ...buildExportProblem(parsed.problem, kinds) });
        return;
      }
      await respond({ response_type: 'ephemeral', ...buildExportWorking(parsed.request.kind) });
      const outcome = await services.sendExport(command.user_id, parsed.request, new Date());
      if (!outcome.allowed) await respond(refusal);
      else await respond({ response_type: 'ephemeral', ...(outcome.result.ok ? buildExportSent(outcome.result.file) : buildExportProblem(outcome.result.problem, kinds)) });
    },
  };
}
