import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { TrackDeclaration } from '../../../program/tracks.js';
import type { CommandRoutes } from '../../../slack/contributions.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { TrainingUseCases } from '../use-cases.js';
import { trainingIds as ids } from './ids.js';
import { buildTrainingErrors, buildTrainingModal } from './training-views.js';

type Tracks = () => readonly Pick<TrackDeclaration, 'name' | 'adjective'>[];

/** `/mentor-admin training`, for admins: opens the form at once (the trigger id lasts seconds); anyone else is refused kindly. */
export function createTrainingRoutes(services: Pick<TrainingUseCases, 'openTrainingForm'>, tracks: Tracks): CommandRoutes {
  return {
    async training({ ack, command, client, respond }) {
      await ack();
      const opened = await services.openTrainingForm(command.user_id);
      if (!opened.allowed) {
        await respond({ response_type: 'ephemeral', ...buildNotAllowedMessage() });
        return;
      }
      await client.views.open({ trigger_id: command.trigger_id, view: buildTrainingModal(opened.zone, tracks()) });
    },
  };
}

const option = z.object({ value: z.string() }).loose();
const stateValue = z
  .object({ value: z.string().nullish(), selected_date: z.string().nullish(), selected_time: z.string().nullish(), selected_options: z.array(option).nullish() })
  .loose();
const submission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ id: z.string().min(1), state: z.object({ values: z.record(z.string(), z.record(z.string(), stateValue)) }) }),
});

/**
 * The form's submission: checked and stored before the answer (one roster read, one write), so that every problem
 * shows under its input and nothing is stored on bad input; then the admin gets the training's message by DM.
 */
export function registerTrainingForm(app: App, services: Pick<TrainingUseCases, 'createTraining' | 'postTrainingMessage'>): void {
  app.view(ids.formView, async ({ ack, body }) => {
    const parsed = submission.parse(body);
    const values = parsed.view.state.values;
    const at = (block: string, action: string) => values[block]?.[action];
    const chosen = (block: string, action: string) => (at(block, action)?.selected_options ?? []).map((o) => o.value);
    const input = {
      title: at(ids.titleBlock, ids.titleInput)?.value ?? undefined,
      date: at(ids.dateBlock, ids.dateInput)?.selected_date ?? undefined,
      time: at(ids.timeBlock, ids.timeInput)?.selected_time ?? undefined,
      place: at(ids.placeBlock, ids.placeInput)?.value ?? undefined,
      roles: chosen(ids.rolesBlock, ids.rolesInput),
      tracks: chosen(ids.tracksBlock, ids.tracksInput),
      required: chosen(ids.requiredBlock, ids.requiredInput).includes(ids.requiredValue),
    };
    const outcome = await services.createTraining(parsed.user.id, input, `form:${parsed.view.id}`, new Date());
    if (outcome.status === 'not_allowed') {
      await ack({ response_action: 'update', view: buildNotAllowedModal() });
      return;
    }
    if (outcome.status === 'invalid') {
      await ack({ response_action: 'errors', errors: buildTrainingErrors(outcome.problems) });
      return;
    }
    await ack();
    if (outcome.again) return;
    await services.postTrainingMessage(outcome.training.id);
  });
}
