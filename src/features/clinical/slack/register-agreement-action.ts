import type { App } from '@slack/bolt';
import { parseButtonClick } from '../../../slack/button-click.js';
import { formatInZone } from '../../../slack/format-time.js';
import { buildPlainMessage } from '../../../slack/refusals.js';
import type { ClinicalUseCases } from '../use-cases.js';
import { clinicalCopy } from './copy.js';
import { clinicalIds } from './ids.js';
import { buildMentorWelcomeAgreed } from './welcome-views.js';

/** *I agree* on a clinical mentor's welcome DM: recorded once; the message then shows when. */
export function registerAgreementAction(app: App, deps: { readonly services: Pick<ClinicalUseCases, 'acceptAgreement'>; readonly agreementText: string }): void {
  app.action(clinicalIds.agree, async ({ ack, body, respond }) => {
    await ack();
    const click = parseButtonClick(body);
    if (click === undefined) return;
    const outcome = await deps.services.acceptAgreement(click.userId, new Date());
    if (outcome.status === 'not_clinical_mentor') {
      await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(clinicalCopy.notClinicalMentor) });
      return;
    }
    const when = formatInZone(outcome.agreedAt, outcome.zone);
    if (outcome.status === 'recorded') await respond({ replace_original: true, ...buildMentorWelcomeAgreed(click.userId, deps.agreementText, when) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...buildPlainMessage(clinicalCopy.already(when)) });
  });
}
