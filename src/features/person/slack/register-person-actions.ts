import type { App } from '@slack/bolt';
import { z } from 'zod';
import { parseButtonClick } from '../../../slack/button-click.js';
import { buildNotAllowedModal } from '../../../slack/home-buttons.js';
import { buildPlainMessage, buildNotAllowedMessage } from '../../../slack/refusals.js';
import type { PersonUseCases } from '../use-cases.js';
import { personCopy as words } from './copy.js';
import { personIds as ids } from './ids.js';
import { buildForgetModal, buildForgotten, buildPersonNotice } from './person-views.js';

const USER_ID = /^[UW][A-Z0-9]{2,}$/;
const submission = z.object({ user: z.object({ id: z.string().min(1) }), view: z.object({ id: z.string().min(1), private_metadata: z.string().regex(USER_ID) }) });

/** The summary's buttons and the forget confirmation; each checks again that whoever acts is an admin. */
export function registerPersonActions(app: App, services: Pick<PersonUseCases, 'summarizePersonFor' | 'sendPersonExport' | 'forgetPersonFor'>): void {
  app.action(ids.exportButton, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined || !USER_ID.test(click.value)) return;
    const sent = await services.sendPersonExport(click.userId, click.value, new Date());
    await respond({ response_type: 'ephemeral', replace_original: false, ...(sent.allowed ? buildPlainMessage(words.exportSent(click.value, sent.value.filename)) : buildNotAllowedMessage()) });
  });

  app.action(ids.forgetButton, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined || !USER_ID.test(click.value)) return;
    const summary = await services.summarizePersonFor(click.userId, click.value);
    await client.views.open({ trigger_id: click.triggerId, view: summary.allowed ? buildForgetModal(summary.value) : buildNotAllowedModal() });
  });

  // Forgetting deletes messages and writes every store: the modal says so at once, and shows the outcome when done.
  app.view(ids.forgetModal, async ({ ack, body, client }) => {
    const parsed = submission.parse(body);
    await ack({ response_action: 'update', view: buildPersonNotice(words.working) });
    const personId = parsed.view.private_metadata;
    const outcome = await services.forgetPersonFor(parsed.user.id, personId, new Date());
    await client.views.update({ view_id: parsed.view.id, view: outcome.allowed ? buildForgotten(personId, outcome.value) : buildNotAllowedModal() });
  });
}
