import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { RequestAction } from '../../../program/records/request.js';
import type { RequestHelp } from '../request-help.js';
import { requestButtonIds } from '../../../slack/request-buttons.js';
import { buildActionRefusal } from './request-views.js';

export interface RequestActionDeps {
  readonly services: Pick<RequestHelp, 'actOnRequest'>;
}

const ACTIONS: Readonly<Record<string, RequestAction>> = {
  [requestButtonIds.claim]: 'claim',
  [requestButtonIds.respond]: 'respond',
  [requestButtonIds.close]: 'close',
  [requestButtonIds.closeHelped]: 'close_helped',
  [requestButtonIds.closeNotHelped]: 'close_not_helped',
};

const click = z.object({ user: z.object({ id: z.string().min(1) }), actions: z.tuple([z.object({ value: z.string().min(1) })]).rest(z.unknown()) });

/** The buttons on a request's message. A refused or repeated click is explained to the clicker alone. */
export function registerRequestActions(app: App, deps: RequestActionDeps): void {
  for (const [actionId, action] of Object.entries(ACTIONS)) {
    app.action(actionId, async ({ ack, body, respond }) => {
      await ack();
      const { user, actions } = click.parse(body);
      const outcome = await deps.services.actOnRequest({ requestId: actions[0].value, actorId: user.id, action }, new Date());
      const refusal = buildActionRefusal(outcome, user.id);
      if (refusal !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
    });
  }
}
