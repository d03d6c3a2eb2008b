import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { AdminPolicy } from '../../../program/policy.js';
import type { ModalView } from '../../../slack/blocks.js';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import { readRotationsFile } from '../read-rotations-file.js';
import type { ClinicalUseCases } from '../use-cases.js';
import { clinicalIds as ids } from './ids.js';
import { buildRotationsEmptyError, buildRotationsErrors, buildRotationsModal, buildRotationsResultModal, buildRotationsWorkingModal } from './rotations-views.js';

/** `/mentor-admin rotations`, for admins: opens the form at once (the trigger id lasts seconds); anyone else is refused. */
export function createRotationsRoutes(admins: AdminPolicy): CommandRoutes {
  return {
    async rotations({ ack, command, client, respond }) {
      await ack();
      if (!(await admins.isAdmin(command.user_id))) {
        await respond({ response_type: 'ephemeral', ...buildNotAllowedMessage() });
        return;
      }
      await client.views.open({ trigger_id: command.trigger_id, view: buildRotationsModal() });
    },
  };
}

const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).loose())) }) }),
});

/**
 * The rotations form's submission: rows bad on their own come back at once as the form's errors; then the form says
 * "importing", the import runs (who may import, people on the roster, every rule, all or nothing) and the form shows
 * what it did, or the form again with every problem.
 */
export function registerRotationsForm(app: App, services: Pick<ClinicalUseCases, 'importRotations'>): void {
  app.view(ids.rotationsView, async ({ ack, body, client }) => {
    const parsed = submission.parse(body);
    const csv = parsed.view.state.values[ids.rotationsCsvBlock]?.[ids.rotationsCsvInput]?.value ?? '';
    if (csv.trim() === '') {
      await ack({ response_action: 'errors', errors: buildRotationsEmptyError() });
      return;
    }
    const checked = readRotationsFile(csv);
    if (checked.errors.length > 0) {
      await ack({ response_action: 'errors', errors: buildRotationsErrors(checked.errors) });
      return;
    }
    await ack({ response_action: 'update', view: buildRotationsWorkingModal() });
    const imported = await services.importRotations(parsed.user.id, { csv, dryRun: false }, new Date());
    await show(client, parsed.view.id, imported.allowed ? buildRotationsResultModal(imported.result, csv) : buildNotAllowedModal());
  });
}

/** The result in the form; if the admin closed it meanwhile, Slack refuses and the error boundary says so by DM. */
async function show(client: WebClient, viewId: string, view: ModalView): Promise<void> {
  await client.views.update({ view_id: viewId, view });
}
