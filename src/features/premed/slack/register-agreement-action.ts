import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { formatInZone } from '../../../slack/format-time.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import type { PremedUseCases } from '../use-cases.js';
import { premedCopy } from './copy.js';
import { premedIds } from './ids.js';
import { buildPremedAgreed } from './premed-views.js';

/** *I agree* on a pre-med welcome DM: recorded once; the message then shows when (and the pair is introduced once both agreed). */
export function registerPremedAgreementAction(app: App, deps: { readonly services: Pick<PremedUseCases, 'acceptAgreement'>; readonly agreementText: string }): void {
  app.action(premedIds.agree, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await deps.services.acceptAgreement(click.userId, new Date());
    if (outcome.status === 'not_allowed') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(premedCopy.notPremed) });
      return;
    }
    const when = formatInZone(outcome.agreedAt, outcome.zone);
    if (outcome.status === 'recorded') await respond({ replace_original: true, ...buildPremedAgreed(deps.agreementText, when) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(premedCopy.already(when)) });
  });
}
