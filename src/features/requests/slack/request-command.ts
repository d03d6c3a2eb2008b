import { z } from 'zod';
import type { WebClient } from '@slack/web-api';
import type { RequestHelp } from '../request-help.js';
import type { StartRequestOutcome } from '../request-help.js';
import { createMessenger } from '../../../delivery/slack/messenger.js';
import { buildRequestModal, buildRequestRefused } from './request-views.js';
import type { CommandHandler, CommandRoutes, RequestFormOpener } from '../../../slack/contributions.js';

const commandPayload = z.object({ user_id: z.string().min(1), trigger_id: z.string().min(1), text: z.string().optional() });

/** `/mentor-request [text]`: the form (prefilled with the text) for mentees; a clear answer for anyone else. */
export function requestCommandRoutes(services: Pick<RequestHelp, 'startRequest'>): CommandRoutes {
  const openForm: CommandHandler = async ({ ack, command, client, respond }) => {
    await ack();
    const payload = commandPayload.parse(command);
    const outcome = await services.startRequest(payload.user_id, new Date());
    if (outcome.kind !== 'form') {
      await respond({ response_type: 'ephemeral', ...refusalOf(outcome) });
      return;
    }
    await openModal(client, payload.trigger_id, outcome, payload.text ?? '');
  };
  return { '': openForm, '*': openForm };
}

/** The same form from a button elsewhere (the pulse's "I'd like to talk", Home): the click is already acknowledged. */
export function createRequestFormOpener(services: Pick<RequestHelp, 'startRequest'>): RequestFormOpener {
  return async ({ client, triggerId, userId }) => {
    const outcome = await services.startRequest(userId, new Date());
    if (outcome.kind !== 'form') {
      await createMessenger(client).dm(userId, refusalOf(outcome));
      return;
    }
    await openModal(client, triggerId, outcome, '');
  };
}

/** Why the form does not open: not a mentee, or a mentee of a pair track still waiting for a mentor. */
function refusalOf(outcome: Exclude<StartRequestOutcome, { kind: 'form' }>) {
  return outcome.kind === 'not_a_mentee' ? buildRequestRefused('not_a_mentee', outcome.adminIds) : buildRequestRefused('waiting_for_pair', [], outcome.waiting);
}

function openModal(client: WebClient, triggerId: string, form: Extract<StartRequestOutcome, { kind: 'form' }>, prefill: string) {
  return client.views.open({
    trigger_id: triggerId,
    view: buildRequestModal({ ...form, prefill }),
  });
}
