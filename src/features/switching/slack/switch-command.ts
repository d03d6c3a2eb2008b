import { z } from 'zod';
import { parseMention } from '../domain/switch.js';
import type { SwitchMentors } from '../switch-mentors.js';
import { buildMentionNeeded, buildOpenRequest, buildSwitchModal, buildSwitchRefused } from './switch-views.js';
import { buildPairSwitchModal } from './pair-switch-views.js';
import type { CommandArgs, CommandHandler, CommandRoutes } from '../../../slack/contributions.js';

const commandPayload = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1), text: z.string().default('') });

/**
 * `/mentor-switch`: the form for a mentee; `/mentor-switch @mentee` (escaped by Slack as `<@U…|name>`): the same form
 * for one of the mentee's peer mentors. A second attempt shows the open request instead.
 */
export function switchCommandRoutes(services: Pick<SwitchMentors, 'startSwitch'>): CommandRoutes {
  const start = async ({ command, client, respond }: CommandArgs, menteeId: string | undefined) => {
    const payload = commandPayload.parse(command);
    const outcome = await services.startSwitch(payload.user_id, menteeId, new Date());
    switch (outcome.kind) {
      case 'refused':
        await respond({ response_type: 'ephemeral', ...buildSwitchRefused(outcome.reason, outcome.adminIds, outcome.waiting) });
        return;
      case 'pair_form':
        await client.views.open({ trigger_id: payload.trigger_id, view: buildPairSwitchModal(outcome) });
        return;
      case 'already_open':
        await respond({ response_type: 'ephemeral', ...buildOpenRequest(outcome.request, outcome.mine, payload.user_id, outcome.zone) });
        return;
      case 'form':
        await client.views.open({ trigger_id: payload.trigger_id, view: buildSwitchModal(outcome) });
    }
  };

  const forSelf: CommandHandler = async (args) => {
    await args.ack();
    await start(args, undefined);
  };

  const forMentee: CommandHandler = async (args) => {
    // The raw text: the router lower-cases its first word, and user ids are upper-case.
    const menteeId = parseMention(commandPayload.parse(args.command).text);
    if (menteeId === undefined) {
      await args.ack({ response_type: 'ephemeral', ...buildMentionNeeded() });
      return;
    }
    await args.ack();
    await start(args, menteeId);
  };

  return { '': forSelf, '*': forMentee };
}
