import type { App } from '@slack/bolt';
import { z } from 'zod';
import { isCloseReason, type RequestAction } from '../../../program/records/request.js';
import type { RequestHelp } from '../request-help.js';
import { requestButtonIds } from '../../../slack/request-buttons.js';
import { requestCopy } from './copy.js';
import { requestIds } from './ids.js';
import { buildActionRefusal, buildCloseReasonModal } from './request-views.js';

export interface RequestActionDeps {
  readonly services: Pick<RequestHelp, 'actOnRequest'>;
  /**
   * For the close-reason modal, which answers Slack only once the request is closed (within its 3 seconds): the close
   * without the Home redraw, and the redraw, done after the answer. Unset: `services.actOnRequest` does both first.
   */
  readonly closeBeforeRedraw?: { readonly actOnRequest: RequestHelp['actOnRequest']; readonly refreshHomes: (userIds: readonly string[], now: Date) => Promise<void> };
}

const ACTIONS: Readonly<Record<string, RequestAction>> = {
  [requestButtonIds.claim]: 'claim',
  [requestButtonIds.respond]: 'respond',
  [requestButtonIds.close]: 'close',
  [requestButtonIds.closeHelped]: 'close_helped',
  [requestButtonIds.closeNotHelped]: 'close_not_helped',
};

const click = z.object({
  user: z.object({ id: z.string().min(1) }),
  trigger_id: z.string().optional(),
  actions: z.tuple([z.object({ value: z.string().min(1) })]).rest(z.unknown()),
});

const closeSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({ private_metadata: z.string().min(1), state: z.object({ values: z.record(z.string(), z.record(z.string(), z.unknown())) }) }),
});
const radioValue = z.object({ selected_option: z.object({ value: z.string() }).nullish() });

/**
 * The buttons on a request's message. A refused or repeated click is explained to the clicker alone. A mentor closing a
 * request nobody has answered yet is asked why first (a modal); the request closes when they say.
 */
export function registerRequestActions(app: App, deps: RequestActionDeps): void {
  for (const [actionId, action] of Object.entries(ACTIONS)) {
    app.action(actionId, async ({ ack, body, respond, client }) => {
      await ack();
      const { user, actions, trigger_id: triggerId } = click.parse(body);
      const requestId = actions[0].value;
      const outcome = await deps.services.actOnRequest({ requestId, actorId: user.id, action }, new Date());
      if (outcome.kind === 'reason_needed' && triggerId !== undefined) {
        await client.views.open({ trigger_id: triggerId, view: buildCloseReasonModal(requestId) });
        return;
      }
      const refusal = buildActionRefusal(outcome, user.id);
      if (refusal !== undefined) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal });
    });
  }

  // Why the mentor closes it: required, one of the reasons; a missing or unknown one keeps the modal open, storing nothing.
  app.view(requestIds.closeModal, async ({ ack, body }) => {
    const { user, view } = closeSubmission.parse(body);
    const parsed = radioValue.safeParse(view.state.values[requestIds.closeReasonBlock]?.[requestIds.closeReasonRadio] ?? {});
    const reason = parsed.success ? parsed.data.selected_option?.value : undefined;
    if (!isCloseReason(reason)) {
      await ack({ response_action: 'errors', errors: { [requestIds.closeReasonBlock]: requestCopy.closeReasonRequired } });
      return;
    }
    const now = new Date();
    const act = deps.closeBeforeRedraw?.actOnRequest ?? deps.services.actOnRequest;
    const outcome = await act({ requestId: view.private_metadata, actorId: user.id, action: 'close', closeReason: reason }, now);
    // Refused meanwhile (closed by someone else, say): the modal says why and nothing is stored.
    const refusal = buildActionRefusal(outcome, user.id);
    if (refusal !== undefined) {
      await ack({ response_action: 'errors', errors: { [requestIds.closeReasonBlock]: refusal } });
      return;
    }
    await ack();
    if (outcome.kind === 'done' && deps.closeBeforeRedraw !== undefined) await deps.closeBeforeRedraw.refreshHomes(outcome.affected, now);
  });
}
