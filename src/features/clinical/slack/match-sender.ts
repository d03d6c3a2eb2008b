import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { ClinicalMatchSender } from '../ports.js';
import { buildIntroduction, buildOfferDecided, buildOfferMessage } from './match-views.js';

/** Matching's messages: the offer DM, its redraw once decided, and the introduction in a group DM (conversations.open, mpim:write). */
export function createClinicalMatchSender(messenger: Messenger): ClinicalMatchSender {
  return {
    async sendOffer(offer) {
      return messenger.dm(offer.menteeId, buildOfferMessage(offer));
    },
    async showAssigned(message, assigned) {
      await messenger.update(message.channel, message.ts, buildOfferDecided(assigned));
    },
    async sendIntroduction(intro) {
      const channel = await messenger.openConversation([intro.mentorId, intro.menteeId]);
      return messenger.post(channel, buildIntroduction(intro));
    },
  };
}
