import { z } from 'zod';
import type { AppServices } from '../../../services/app-services.js';
import { buildRequestModal, buildRequestRefused } from '../../views/request-views.js';
import type { CommandHandler, CommandRoutes } from './register-commands.js';

const commandPayload = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1), text: z.string().optional() });

/** `/mentor-request [text]`: the form (prefilled with the text) for mentees; a clear answer for anyone else. */
export function requestCommandRoutes(services: Pick<AppServices, 'startRequest'>): CommandRoutes {
  const openForm: CommandHandler = async ({ ack, command, client, respond }) => {
    await ack();
    const payload = commandPayload.parse(command);
    const outcome = await services.startRequest(payload.user_id, new Date());
    if (outcome.kind === 'not_a_mentee') {
      await respond({ response_type: 'ephemeral', ...buildRequestRefused('not_a_mentee', outcome.adminIds) });
      return;
    }
    await client.views.open({
      trigger_id: payload.trigger_id,
      view: buildRequestModal({
        prefill: payload.text ?? '',
        offerMdphd: outcome.offerMdphd,
        replyHours: outcome.replyHours,
        emailReplyHours: outcome.emailReplyHours,
      }),
    });
  };
  return { '': openForm, '*': openForm };
}
