import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { SwitchMentors } from '../switch-mentors.js';
import { switchIds } from './ids.js';
import { switchCopy } from './copy.js';
import { buildDeclineModal, buildSwitchActionRefusal } from './switch-views.js';

export interface SwitchActionDeps {
  readonly services: Pick<SwitchMentors, 'approveSwitch' | 'startDeclineSwitch' | 'cancelSwitch' | 'finishSwitch'>;
}

const s = switchIds;

const click = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().min(1),
  actions: z.tuple([z.object({ value: z.string().min(1) })]).rest(z.unknown()),
  // A message's inputs come with every click on it: here, the group chosen in the admins' select.
  state: z
    .object({ values: z.record(z.string(), z.record(z.string(), z.object({ selected_option: z.object({ value: z.string() }).nullish() }).loose())) })
    .optional(),
});

/** The admins' buttons (Approve with the chosen group, Decline, Finish the move) and the asker's Cancel. */
export function registerSwitchActions(app: App, deps: SwitchActionDeps): void {
  // Choosing a group only fills the select; Approve reads it.
  app.action(s.targetSelect, async ({ ack }) => {
    await ack();
  });

  app.action(s.approve, async ({ ack, body, respond }) => {
    await ack();
    const { user, actions, state } = click.parse(body);
    const targetGroupId = state?.values[s.actionsBlock]?.[s.targetSelect]?.selected_option?.value ?? undefined;
    const outcome = await deps.services.approveSwitch({ requestId: actions[0].value, actorId: user.id, targetGroupId }, new Date());
    const refusal = buildSwitchActionRefusal(outcome);
    if (refusal !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
  });

  app.action(s.decline, async ({ ack, body, client, respond }) => {
    await ack();
    const { user, actions, trigger_id: triggerId } = click.parse(body);
    const outcome = await deps.services.startDeclineSwitch({ requestId: actions[0].value, actorId: user.id });
    if (outcome.kind === 'refused') {
      await respond({ response_type: 'ephemeral', replace_original: false, text: buildSwitchActionRefusal(outcome) ?? '' });
      return;
    }
    await client.views.open({ trigger_id: triggerId, view: buildDeclineModal(outcome.card) });
  });

  app.action(s.finish, async ({ ack, body, respond }) => {
    await ack();
    const { user, actions } = click.parse(body);
    const outcome = await deps.services.finishSwitch({ requestId: actions[0].value, actorId: user.id }, new Date());
    const refusal = buildSwitchActionRefusal(outcome);
    if (refusal !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
  });

  app.action(s.cancel, async ({ ack, body, respond }) => {
    await ack();
    const { user, actions } = click.parse(body);
    const outcome = await deps.services.cancelSwitch({ requestId: actions[0].value, actorId: user.id }, new Date());
    const refusal = buildSwitchActionRefusal(outcome);
    // The Cancel button sits on the asker's own ephemeral message: it turns into the outcome.
    await respond({ response_type: 'ephemeral', replace_original: true, text: refusal ?? switchCopy.cancelled });
  });
}
