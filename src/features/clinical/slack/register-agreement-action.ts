import type { App } from '@slack/bolt';
import { registerAgreementAction as registerAgreeButton } from '../../../slack/agreement-action.js';
import type { ClinicalUseCases } from '../use-cases.js';
import { clinicalCopy } from './copy.js';
import { clinicalIds } from './ids.js';
import { buildMentorWelcomeAgreed } from './welcome-views.js';

/** *I agree* on a clinical mentor's welcome DM: recorded once; the message then shows when. */
export function registerAgreementAction(app: App, deps: { readonly services: Pick<ClinicalUseCases, 'acceptAgreement'>; readonly agreementText: string }): void {
  registerAgreeButton(app, {
    actionId: clinicalIds.agree,
    accept: async (userId, now) => {
      const outcome = await deps.services.acceptAgreement(userId, now);
      return outcome.status === 'not_clinical_mentor' ? undefined : outcome;
    },
    notAllowed: clinicalCopy.notClinicalMentor,
    already: clinicalCopy.already,
    agreed: (userId, when) => buildMentorWelcomeAgreed(userId, deps.agreementText, when),
  });
}
