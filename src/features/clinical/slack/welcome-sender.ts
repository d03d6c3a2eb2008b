import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { ClinicalWelcomeSender } from '../ports.js';
import { buildMentorWelcome } from './welcome-views.js';

/** The clinical welcomes, as DMs through the messenger. */
export function createClinicalWelcomeSender(messenger: Messenger): ClinicalWelcomeSender {
  return {
    async sendMentorWelcome(mentorId, agreementText) {
      return (await messenger.dm(mentorId, buildMentorWelcome(mentorId, agreementText))).ts;
    },
  };
}
