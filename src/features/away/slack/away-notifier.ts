import type { AwayNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildMarkAwayReply, buildMenteesNotice, buildPartnerBack, buildPartnerNotice } from './away-views.js';

/** Time away in Slack: DMs to the Pair partner and the mentor, a notice in the group's channel. */
export function createAwayNotifier(messenger: Messenger): AwayNotifier {
  return {
    async tellPartner(partnerId, notice, takenOver) {
      await messenger.dm(partnerId, buildPartnerNotice(notice, takenOver));
    },
    async tellPartnerBack(partnerId, mentorId) {
      await messenger.dm(partnerId, buildPartnerBack(mentorId));
    },
    async tellMentees(channelId, notice) {
      await messenger.post(channelId, buildMenteesNotice(notice));
    },
    async tellMentor(mentorId, outcome) {
      await messenger.dm(mentorId, buildMarkAwayReply(outcome));
    },
  };
}
