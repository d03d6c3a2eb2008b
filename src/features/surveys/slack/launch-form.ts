import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { SurveyUseCases } from '../use-cases.js';
import { surveyIds as ids } from './ids.js';
import { buildLaunchedModal, buildLaunchErrors, buildLaunchModal } from './launch-views.js';

/** `/mentor-admin survey`, for admins: opens the form at once (the trigger id lasts seconds); anyone else is refused. */
export function createSurveyRoutes(services: Pick<SurveyUseCases, 'mayLaunch' | 'trackNames'>): CommandRoutes {
  return {
    async survey({ ack, command, client, respond }) {
      await ack();
      if (!(await services.mayLaunch(command.user_id))) {
        await respond({ response_type: 'ephemeral', ...buildNotAllowedMessage() });
        return;
      }
      await client.views.open({ trigger_id: command.trigger_id, view: buildLaunchModal(services.trackNames()) });
    },
  };
}

const option = z.object({ value: z.string() });
const input = z.object({ selected_option: option.nullish(), selected_options: z.array(option).nullish(), selected_date: z.string().nullish() }).loose();
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), state: z.object({ values: z.record(z.string(), z.record(z.string(), input)) }) }),
});

/** The launch form's submission: bad answers come back as the form's errors and nothing is stored; else the survey is launched. */
export function registerLaunchForm(app: App, services: Pick<SurveyUseCases, 'launchSurvey'>): void {
  app.view(ids.launchView, async ({ ack, body }) => {
    const { user, view } = submission.parse(body);
    const value = (block: string, action: string) => view.state.values[block]?.[action];
    const outcome = await services.launchSurvey(
      user.id,
      {
        template: value(ids.templateBlock, ids.templateInput)?.selected_option?.value,
        roles: (value(ids.rolesBlock, ids.rolesInput)?.selected_options ?? []).map((o) => o.value),
        tracks: (value(ids.tracksBlock, ids.tracksInput)?.selected_options ?? []).map((o) => o.value),
        anonymous: value(ids.anonymousBlock, ids.anonymousInput)?.selected_option?.value,
        closesOn: value(ids.closesBlock, ids.closesInput)?.selected_date ?? undefined,
      },
      `view:${view.id}`,
      new Date(),
    );
    if (outcome.status === 'invalid') await ack({ response_action: 'errors', errors: buildLaunchErrors(outcome.problems) });
    else await ack({ response_action: 'update', view: outcome.status === 'launched' ? buildLaunchedModal(outcome.survey) : buildNotAllowedModal() });
  });
}
