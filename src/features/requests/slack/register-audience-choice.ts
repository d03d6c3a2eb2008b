import type { App } from '@slack/bolt';
import { WebAPIPlatformError } from '@slack/web-api';
import { z } from 'zod';
import { AUDIENCE_PATTERN } from '../../../program/records/request.js';
import type { RequestHelp } from '../request-help.js';
import { requestIds } from './ids.js';
import { buildRequestModal } from './request-views.js';

const r = requestIds;

const audienceChange = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    id: z.string().min(1),
    hash: z.string().optional(),
    state: z.object({ values: z.object({ [r.descriptionBlock]: z.object({ [r.descriptionInput]: z.object({ value: z.string().nullish() }) }).optional() }) }),
  }),
  actions: z.array(z.object({ selected_option: z.object({ value: z.string().regex(AUDIENCE_PATTERN) }).nullish() })).min(1),
});

/**
 * The request form's audience, changed while the form is open when the audiences' tracks offer different topics (the
 * choice dispatches a block action then): the form is redrawn with the chosen audience's topics, keeping what the
 * mentee wrote. A submitted topic is checked against the audience anyway (`storeRequest`), whatever the form showed.
 */
export function registerAudienceChoice(app: App, services: Pick<RequestHelp, 'startRequest'>): void {
  app.action(r.audienceRadio, async ({ ack, body, client }) => {
    await ack();
    const { user, view, actions } = audienceChange.parse(body);
    const outcome = await services.startRequest(user.id, new Date(), actions[0]!.selected_option?.value);
    // No longer anyone's mentee: the form stays as it is, and sending it says why.
    if (outcome.kind !== 'form') return;
    const prefill = view.state.values[r.descriptionBlock]?.[r.descriptionInput].value ?? '';
    await client.views
      .update({ view_id: view.id, ...(view.hash === undefined ? {} : { hash: view.hash }), view: buildRequestModal({ ...outcome, prefill }) })
      .catch((error: unknown) => {
        // Changed again before this redraw: the later change's redraw shows its topics.
        if (error instanceof WebAPIPlatformError && error.data.error === 'hash_conflict') return;
        throw error;
      });
  });
}
