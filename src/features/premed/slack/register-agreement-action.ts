import type { App } from '@slack/bolt';
import { registerAgreementAction } from '../../../slack/agreement-action.js';
import type { PremedUseCases } from '../use-cases.js';
import { premedCopy } from './copy.js';
import { premedIds } from './ids.js';
import { buildPremedAgreed } from './premed-views.js';

/** *I agree* on a pre-med welcome DM: recorded once; the message then shows when (and the pair is introduced once both agreed). */
export function registerPremedAgreementAction(app: App, deps: { readonly services: Pick<PremedUseCases, 'acceptAgreement'>; readonly agreementText: string }): void {
  registerAgreementAction(app, {
    actionId: premedIds.agree,
    accept: async (userId, now) => {
      const outcome = await deps.services.acceptAgreement(userId, now);
      return outcome.status === 'not_allowed' ? undefined : outcome;
    },
    notAllowed: premedCopy.notPremed,
    already: premedCopy.already,
    agreed: (_userId, when) => buildPremedAgreed(deps.agreementText, when),
  });
}
