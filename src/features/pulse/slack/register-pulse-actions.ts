import type { App } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppServices } from '../../../services/app-services.js';
import { ids } from '../../../slack/ids.js';
import { buildPlainMessage } from '../../contacts/slack/checkin-views.js';
import { copy } from '../../../slack/copy.js';
import { buildPulseAnswered, buildPulseShared } from './pulse-views.js';
import { parseButtonClick } from '../../../slack/button-click.js';

/** Opens the request form (`/mentor-request`'s modal) for a person, from a click's trigger id. */
export type RequestFormOpener = (args: { readonly client: WebClient; readonly triggerId: string; readonly userId: string }) => Promise<void>;

export interface PulseActionDeps {
  readonly services: Pick<AppServices, 'answerPulse' | 'sharePulse'>;
  /** "I'd like to talk" opens the request form. */
  readonly openRequestForm: RequestFormOpener;
}

const SCORE_ACTION = new RegExp(`^${ids.pulse.scorePrefix}[1-5]$`);

/** The pulse's buttons: a score, "Let my mentors know" and "I'd like to talk". Each button's value is the month asked about. */
export function registerPulseActions(app: App, deps: PulseActionDeps): void {
  app.action(SCORE_ACTION, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const score = Number(click.actionId.slice(ids.pulse.scorePrefix.length));
    const result = await deps.services.answerPulse(click.userId, click.value, score, new Date());
    if (!result.ok) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(copy.pulse.badAnswer) });
      return;
    }
    await respond({ replace_original: true, ...buildPulseAnswered(click.value, result.answer.score, result) });
  });

  app.action(ids.pulse.share, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const result = await deps.services.sharePulse(click.userId, click.value, new Date());
    if (result.ok) await respond({ replace_original: true, ...buildPulseShared(click.value) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(copy.pulse.shareRefused[result.problem]) });
  });

  app.action(ids.pulse.talk, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    await deps.openRequestForm({ client, triggerId: click.triggerId, userId: click.userId });
  });
}
