import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { AdminPolicy } from '../../../program/policy.js';
import type { RosterUseCases } from '../use-cases.js';
import { buildImportModal, buildIntroduceReport, buildStatusMessage } from './admin-views.js';
import { adminCopy } from './copy.js';
import type { CommandRoutes } from '../../../slack/contributions.js';

/**
 * `/mentor-admin import | introduce | status`, for admins; anyone else gets a polite refusal and nothing runs. Each
 * acks at once (the admin rule reads the roster), then answers through the command's response URL.
 */
export function createAdminRoutes(services: Pick<RosterUseCases, 'introduceNow' | 'rosterStatus'>, admins: AdminPolicy): CommandRoutes {
  const refusal = { response_type: 'ephemeral' as const, ...buildNotAllowedMessage() };
  return {
    async import({ ack, command, client, respond }) {
      await ack();
      if (!(await admins.isAdmin(command.user_id))) {
        await respond(refusal);
        return;
      }
      // The trigger id lasts seconds: open the modal straight away.
      await client.views.open({ trigger_id: command.trigger_id, view: buildImportModal() });
    },

    async introduce({ ack, command, respond }) {
      await ack();
      if (!(await admins.isAdmin(command.user_id))) {
        await respond(refusal);
        return;
      }
      await respond({ response_type: 'ephemeral', text: adminCopy.introduceWorking });
      const outcome = await services.introduceNow(command.user_id, new Date());
      await respond(outcome.allowed ? { response_type: 'ephemeral', ...buildIntroduceReport(outcome.result) } : refusal);
    },

    async status({ ack, command, respond }) {
      await ack();
      const outcome = await services.rosterStatus(command.user_id);
      await respond(outcome.allowed ? { response_type: 'ephemeral', ...buildStatusMessage(outcome.result) } : refusal);
    },
  };
}
