import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { AdminPolicy } from '../../../program/policy.js';
import type { RosterUseCases } from '../use-cases.js';
import { buildImportModal, buildIntroduceReport, buildStatusMessage } from './admin-views.js';
import { adminCopy } from './copy.js';
import type { CommandRoutes } from '../../../slack/contributions.js';

/** `/mentor-admin import | introduce | status`, for admins; anyone else gets a polite refusal and nothing runs. */
export function createAdminRoutes(services: Pick<RosterUseCases, 'introduceNow' | 'rosterStatus'>, admins: AdminPolicy): CommandRoutes {
  const refusal = { response_type: 'ephemeral' as const, ...buildNotAllowedMessage() };
  return {
    async import({ ack, command, client }) {
      if (!(await admins.isAdmin(command.user_id))) {
        await ack(refusal);
        return;
      }
      await ack();
      // The trigger id lasts seconds: open the modal straight away.
      await client.views.open({ trigger_id: command.trigger_id, view: buildImportModal() });
    },

    async introduce({ ack, command, respond }) {
      if (!(await admins.isAdmin(command.user_id))) {
        await ack(refusal);
        return;
      }
      await ack({ response_type: 'ephemeral', text: adminCopy.introduceWorking });
      const outcome = await services.introduceNow(command.user_id, new Date());
      await respond(outcome.allowed ? { response_type: 'ephemeral', ...buildIntroduceReport(outcome.result) } : refusal);
    },

    async status({ ack, command }) {
      const outcome = await services.rosterStatus(command.user_id);
      await ack(outcome.allowed ? { response_type: 'ephemeral', ...buildStatusMessage(outcome.result) } : refusal);
    },

  };
}
