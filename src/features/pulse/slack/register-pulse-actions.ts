import { buildPlainMessage } from '../../../slack/refusals.js';
import type { App } from '@slack/bolt';
import type { RequestFormOpener } from '../../../slack/contributions.js';
import type { PulseUseCases } from '../use-cases.js';
import { pulseIds } from './ids.js';

import { pulseCopy } from './copy.js';
import { buildPulseAnswered, buildPulseShared } from './pulse-views.js';
import { parseButtonClick } from '../../../slack/button-click.js';


export interface PulseActionDeps {
  readonly services: Pick<PulseUseCases, 'answerPulse' | 'sharePulse'>;
  /** "I'd like to talk" opens the request form. */
  readonly openRequestForm: RequestFormOpener;
}

const SCORE_ACTION = new RegExp(`^${pulseIds.scorePrefix}[1-5]$`);

/** The pulse's buttons: a score, "Let my mentors know" and "I'd like to talk". Each button's value is the month asked about. */
export function registerPulseActions(app: App, deps: PulseActionDeps): void {
  app.action(SCORE_ACTION, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const score = Number(click.actionId.slice(pulseIds.scorePrefix.length));
    const result = await deps.services.answerPulse(click.userId, click.value, score, new Date());
    if (!result.ok) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(pulseCopy.badAnswer) });
      return;
    }
    await respond({ replace_original: true, ...buildPulseAnswered(click.value, result.answer.score ?? score, result) });
  });

  app.action(pulseIds.share, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const result = await deps.services.sharePulse(click.userId, click.value, new Date());
    if (result.ok) await respond({ replace_original: true, ...buildPulseShared(click.value) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(pulseCopy.shareRefused[result.problem]) });
  });

  app.action(pulseIds.talk, async ({ ack, body, client }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    await deps.openRequestForm({ client, triggerId: click.triggerId, userId: click.userId });
  });
}
