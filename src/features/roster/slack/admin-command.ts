import { parseExportArgs } from '../../exports/domain/export.js';
import type { AppServices } from '../../../services/app-services.js';
import { buildImportModal, buildIntroduceReport, buildNotAllowedMessage, buildStatusMessage } from './admin-views.js';
import { copy } from '../../../slack/copy.js';
import { buildExportProblem, buildExportSent, buildExportWorking } from '../../exports/slack/export-views.js';
import type { CommandRoutes } from '../../../slack/command-router.js';

/** `/mentor-admin import | introduce | status | export`, for admins; anyone else gets a polite refusal and nothing runs. */
export function createAdminRoutes(services: AppServices): CommandRoutes {
  const refusal = { response_type: 'ephemeral' as const, ...buildNotAllowedMessage() };
  return {
    async import({ ack, command, client }) {
      if (!(await services.isAdmin(command.user_id))) {
        await ack(refusal);
        return;
      }
      await ack();
      // The trigger id lasts seconds: open the modal straight away.
      await client.views.open({ trigger_id: command.trigger_id, view: buildImportModal() });
    },

    async introduce({ ack, command, respond }) {
      if (!(await services.isAdmin(command.user_id))) {
        await ack(refusal);
        return;
      }
      await ack({ response_type: 'ephemeral', text: copy.admin.introduceWorking });
      const outcome = await services.introduceNow(command.user_id, new Date());
      await respond(outcome.allowed ? { response_type: 'ephemeral', ...buildIntroduceReport(outcome.result) } : refusal);
    },

    async status({ ack, command }) {
      const outcome = await services.rosterStatus(command.user_id);
      await ack(outcome.allowed ? { response_type: 'ephemeral', ...buildStatusMessage(outcome.result) } : refusal);
    },

    // Weekly digests, App Home and reports (issue 7).
    async export({ ack, command, respond }, text) {
      if (!(await services.isAdmin(command.user_id))) {
        await ack(refusal);
        return;
      }
      const parsed = parseExportArgs(text.rest.split(/\s+/));
      if (!parsed.ok) {
        await ack({ response_type: 'ephemeral', ...buildExportProblem(parsed.problem) });
        return;
      }
      await ack({ response_type: 'ephemeral', ...buildExportWorking(parsed.request.kind) });
      const outcome = await services.sendExport(command.user_id, parsed.request, new Date());
      if (!outcome.allowed) await respond(refusal);
      else await respond({ response_type: 'ephemeral', ...(outcome.result.ok ? buildExportSent(outcome.result.file) : buildExportProblem(outcome.result.problem)) });
    },
  };
}
